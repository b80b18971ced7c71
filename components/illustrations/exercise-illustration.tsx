/**
 * One animated line figure per exercise. Animation is CSS only; under prefers-reduced-motion (or
 * with `still`) the figure holds the target pose.
 */
import type { ExerciseId } from '../../lib/exercises/types';
import './illustrations.css';
import {
  DiaphragmaticBreathing,
  DoorwayChestStretch,
  FarFocus,
  ProgressiveRelaxation,
  StandWalk,
} from './drawings-body';
import {
  ChinTuck,
  LevatorStretch,
  NeckRotation,
  NeckSideBend,
  ScapularSqueeze,
  ShoulderRolls,
  ShoulderShrugStrength,
  ThoracicExtension,
  UpperTrapStretch,
} from './drawings-neck';
import { Figure } from './parts';

export const DRAWINGS: Record<ExerciseId, () => preact.JSX.Element> = {
  'chin-tuck': ChinTuck,
  'upper-trap-stretch': UpperTrapStretch,
  'levator-stretch': LevatorStretch,
  'scapular-squeeze': ScapularSqueeze,
  'shoulder-rolls': ShoulderRolls,
  'neck-rotation': NeckRotation,
  'neck-side-bend': NeckSideBend,
  'thoracic-extension': ThoracicExtension,
  'doorway-chest-stretch': DoorwayChestStretch,
  'shoulder-shrug-strength': ShoulderShrugStrength,
  'diaphragmatic-breathing': DiaphragmaticBreathing,
  'progressive-relaxation': ProgressiveRelaxation,
  'far-focus': FarFocus,
  'stand-walk': StandWalk,
};

export function ExerciseIllustration({
  id,
  label,
  still,
}: {
  id: ExerciseId;
  /** Accessible description (the exercise name). */
  label: string;
  still?: boolean;
}) {
  const Drawing = DRAWINGS[id];
  return (
    <Figure label={label} still={still}>
      <Drawing />
    </Figure>
  );
}
