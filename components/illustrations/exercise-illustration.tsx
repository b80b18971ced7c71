/**
 * One animated line figure per exercise. Animation is CSS only; under prefers-reduced-motion (or
 * with `still`) the figure holds the target pose.
 */
import type { ExerciseId } from '../../lib/exercises/types';
import './illustrations.css';
import { BODY_DRAWINGS } from './drawings-body';
import { NECK_DRAWINGS } from './drawings-neck';
import { Figure, type Drawing } from './parts';

/** Every exercise's figure (the compiler checks that none is missing). */
export const DRAWINGS: Record<ExerciseId, Drawing> = { ...NECK_DRAWINGS, ...BODY_DRAWINGS };

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
