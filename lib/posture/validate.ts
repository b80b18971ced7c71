/**
 * Boundary checks for data that crosses contexts: a malformed message is rejected, never trusted.
 */
import type { Landmark, PoseFrame } from './types';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isLandmark(x: unknown): x is Landmark {
  if (typeof x !== 'object' || x === null) return false;
  const l = x as Record<string, unknown>;
  return finite(l.x) && finite(l.y) && finite(l.z) && finite(l.visibility);
}

/** True when `x` is a complete `PoseFrame`: up to 2 poses of 33 finite landmarks each. */
export function isPoseFrame(x: unknown): x is PoseFrame {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  if (!finite(f.t) || !finite(f.brightness) || !finite(f.width) || !finite(f.height)) return false;
  if (!Array.isArray(f.poses) || f.poses.length > 2) return false;
  if (!f.poses.every((p) => Array.isArray(p) && p.length === 33 && p.every(isLandmark)))
    return false;
  return f.world === undefined || (Array.isArray(f.world) && f.world.every(isLandmark));
}
