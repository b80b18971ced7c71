/**
 * The coach on clips built from recorded landmarks (real MediaPipe inference on real frames,
 * tests/fixtures/landmarks), alternating recorded postures, with light jitter on top.
 */
import { describe, expect, it } from 'vitest';
import { coachStep, initialCoach, type CoachState } from '../../../lib/exercises/coach';
import { coachConfig, type CoachConfig } from '../../../lib/exercises/coach-config';
import { CATALOG } from '../../../lib/exercises/catalog';
import { poseSignals } from '../../../lib/exercises/signals';
import { FIXTURE_FRAMES as F, sequence, type Segment } from './pose-sequences';

function run(cfg: CoachConfig, segs: Segment[], sigma = 0.003): CoachState {
  const first = segs[0]?.frame;
  if (!first) throw new Error('first segment needs a frame');
  let st = initialCoach();
  for (const f of sequence(first, segs, { sigma, seed: 5 }))
    st = coachStep(st, cfg, f.t, f.pose ? poseSignals(f.pose, f.width, f.height) : null);
  return st;
}

const have = (...names: string[]) => names.every((n) => F[n]);

describe.skipIf(!have('vincent-forward-c2-121', 'vincent-neutral-100'))('recorded clips', () => {
  const tuck = coachConfig('retraction', { ...CATALOG['chin-tuck'].dose, reps: 4, holdSec: 5 });

  it('counts chin tucks in a clip alternating forward-head and upright frames', () => {
    // Forward frames of one recording session (case 2), so the reference is consistent.
    const fwd = [
      'vincent-forward-c2-121',
      'vincent-forward-c2-148',
      'vincent-forward-c2-121',
      'vincent-forward-c2-148',
    ];
    const up = [
      'vincent-neutral-100',
      'vincent-neutral-110',
      'vincent-neutral-120',
      'vincent-neutral-138',
    ];
    const segs: Segment[] = [{ ms: 2000, frame: F[fwd[0]!] }];
    for (let i = 0; i < 4; i++)
      segs.push({ ms: 5600, frame: F[up[i]!] }, { ms: 2000, frame: F[fwd[i]!] });
    const st = run(tuck, segs);
    expect(st.totalReps).toBe(4);
    expect(st.phase).toBe('done');
  });

  it('counts nothing while the person only shifts between upright frames', () => {
    const up = [
      'vincent-neutral-100',
      'vincent-neutral-101',
      'vincent-neutral-110',
      'vincent-neutral-120',
      'vincent-neutral-138',
    ];
    const segs: Segment[] = [{ ms: 2000, frame: F[up[0]!] }];
    for (let i = 0; i < 15; i++) segs.push({ ms: 4000, frame: F[up[i % up.length]!] });
    expect(run(tuck, segs).totalReps).toBe(0);
  });

  it('counts nothing when the head drifts forward instead of back', () => {
    const segs: Segment[] = [
      { ms: 2000, frame: F['vincent-neutral-100'] },
      { ms: 8000, frame: F['vincent-forward-100'] },
      { ms: 2000, frame: F['vincent-neutral-100'] },
      { ms: 8000, frame: F['vincent-forward-120'] },
    ];
    expect(run(tuck, segs).totalReps).toBe(0);
  });
});

describe.skipIf(
  !have('kirtijindal-neutral', 'kirtijindal-tilt', 'gustavostz-neutral', 'gustavostz-shrug-tilt'),
)('recorded tilts and shrugs', () => {
  it('counts side-bend holds from a recorded tilt toward the left ear', () => {
    const cfg = coachConfig('roll', { ...CATALOG['neck-side-bend'].dose, sides: 1, reps: 3 });
    const segs: Segment[] = [{ ms: 2000, frame: F['kirtijindal-neutral'] }];
    for (let i = 0; i < 3; i++)
      segs.push(
        { ms: 2600, frame: F['kirtijindal-tilt'] },
        { ms: 1500, frame: F['kirtijindal-neutral'] },
      );
    expect(run(cfg, segs).totalReps).toBe(3);
  });

  it('counts shrugs from a recorded shoulder lift', () => {
    const cfg = coachConfig('shoulder-lift', { ...CATALOG['shoulder-rolls'].dose, reps: 3 });
    const segs: Segment[] = [{ ms: 2000, frame: F['gustavostz-neutral'] }];
    for (let i = 0; i < 3; i++)
      segs.push(
        { ms: 1200, frame: F['gustavostz-shrug-tilt'] },
        { ms: 1200, frame: F['gustavostz-neutral'] },
      );
    expect(run(cfg, segs).totalReps).toBe(3);
  });
});
