/**
 * Has the camera or the seat moved since calibration? Judged on the face, which the engine always
 * sees when it judges (the shoulders are often cut off by the frame or invented past its edge), in
 * units of the person's own face so the same numbers mean the same move on every camera. The
 * engine asks for a new calibration only when a mismatch lasts and the posture meanwhile reads
 * neutral (see `stepEngine`).
 */
import type { Baseline } from './calibration';
import type { Features } from './features';
import {
  GEOMETRY_FACE_SCALE,
  GEOMETRY_MAX_ROLL_DEG,
  GEOMETRY_MAX_YAW_DEG,
  GEOMETRY_SHIFT_FACES,
  GEOMETRY_UNIFORMITY,
  MIN_VISIBILITY,
} from './thresholds';

/** How the picture no longer fits the baseline, or null while it still does. */
export type GeometryChange = 'farther' | 'closer' | 'shifted' | null;

/**
 * The kind of setup change a frame shows against the baseline, or null. Only a face turned at
 * most 15 degrees from its calibrated yaw counts: a turned head narrows the face and moves the
 * ear midpoint sideways without anything having moved.
 * - `farther`: the face (ear to ear) is more than 15% smaller than calibrated. No posture makes
 *   the face smaller (leaning in and forward head make it larger, a bow leaves it), so the camera
 *   or the seat moved back (the engine counts it only while the posture reads neutral: sinking
 *   back into the chair also shrinks the face, and reads as sinking).
 * - `closer`: the face is more than 15% larger and the shoulders, clearly seen inside the frame,
 *   grew as much (log ratios within 0.1): the whole person grew. Leaning in enlarges the face far
 *   more than the shoulders, so without shoulders to compare a larger face is left to the
 *   posture cues.
 * - `shifted`: the head sits more than 1.2 calibrated face widths sideways from its calibrated
 *   place. Bowing and leaning in keep the head where it was; a sideways lean tilts the ear line,
 *   so beyond 10 degrees of roll from the baseline the frame does not count.
 */
export function geometryChange(f: Features, b: Baseline): GeometryChange {
  if (Math.abs(f.yawDeg - b.yawDeg) > GEOMETRY_MAX_YAW_DEG) return null;
  const face = Math.log(f.faceFrac / b.faceFrac);
  if (face < Math.log(1 - GEOMETRY_FACE_SCALE)) return 'farther';
  const shoulders = Math.log(f.shoulderWidthFrac / b.shoulderWidthFrac);
  const seen = f.shouldersInFrame && f.shoulderVisibility >= MIN_VISIBILITY;
  const uniform = Math.abs(face - shoulders) < GEOMETRY_UNIFORMITY;
  if (seen && uniform && face > Math.log(1 + GEOMETRY_FACE_SCALE)) return 'closer';
  const level = Math.abs(f.rollDeg - b.rollDeg) <= GEOMETRY_MAX_ROLL_DEG;
  if (level && Math.abs(f.headX - b.headX) / b.faceFrac > GEOMETRY_SHIFT_FACES) return 'shifted';
  return null;
}
