/**
 * Dose ranges per exercise, taken from the evidence table of the product brief
 * (docs/product.md, "Evidence-based defaults"). The catalog is validated against them in tests,
 * so a dose can only leave its range by changing this table on purpose.
 */
import type { ExerciseId } from './types';

export interface DoseRange {
  reps: [min: number, max: number];
  holdSec: [min: number, max: number];
  /** Per-set duration range in seconds. */
  durationSec: [min: number, max: number];
  /** Where the range comes from. */
  basis: string;
}

const STRETCH: DoseRange = {
  reps: [2, 3],
  holdSec: [15, 30],
  durationSec: [60, 240],
  basis: 'Tunwattanapong 2016: 2-3 reps x 15-30 s per side, twice a day',
};
const MOBILITY: DoseRange = {
  reps: [3, 10],
  holdSec: [0, 5],
  durationSec: [20, 120],
  basis: 'Gentle range-of-motion work (seeds 000, 004); short, pain-free, several times a day',
};
const HOLD_STRETCH: DoseRange = {
  reps: [2, 3],
  holdSec: [15, 30],
  durationSec: [40, 180],
  basis: 'Static stretch dose as for the trapezius stretch (Tunwattanapong 2016)',
};

/** A timed activity done once: only its duration varies. */
const timed = (durationSec: [number, number], basis: string): DoseRange => ({
  reps: [1, 1],
  holdSec: [0, 0],
  durationSec,
  basis,
});

export const DOSE_RANGES: Record<ExerciseId, DoseRange> = {
  'chin-tuck': {
    reps: [3, 10],
    holdSec: [3, 10],
    durationSec: [20, 180],
    basis: 'Jull 2002; OPTIMa 2019: build to 10 reps x 10 s, 1-3 times a day, pain-free',
  },
  'upper-trap-stretch': STRETCH,
  'levator-stretch': STRETCH,
  'scapular-squeeze': { ...MOBILITY, holdSec: [3, 10], durationSec: [20, 120] },
  'shoulder-rolls': MOBILITY,
  'neck-rotation': MOBILITY,
  'neck-side-bend': MOBILITY,
  'thoracic-extension': MOBILITY,
  'doorway-chest-stretch': HOLD_STRETCH,
  'shoulder-shrug-strength': {
    reps: [8, 20],
    holdSec: [0, 3],
    durationSec: [60, 120],
    basis: 'Andersen 2011: 2 min a day, 5 days a week',
  },
  'diaphragmatic-breathing': timed(
    [60, 600],
    'Headache physiotherapy guidance: relaxation 5-20 min a day, in sessions of 1-10 min',
  ),
  'progressive-relaxation': timed(
    [120, 600],
    'Headache physiotherapy guidance: relaxation 5-20 min a day, in sessions of 2-10 min',
  ),
  'far-focus': timed([20, 30], 'McLean 2001; 20-20-20 rule: 20-30 s looking about 6 m away'),
  'stand-walk': timed(
    [60, 300],
    'Balci 2003; Buckley 2015: stand and move about 2 min every 30-60 min',
  ),
};
