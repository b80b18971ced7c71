/**
 * Landmark sequences for coach tests. Base poses are recorded MediaPipe landmarks of real frames
 * in tests/fixtures/landmarks/*.json (the neutral frame of each person, plus the posture
 * engineer's labelled frames), and a synthetic seated person for exact-geometry checks.
 * Movements are controlled perturbations of a base: head scale (distance), yaw, roll and lift,
 * shoulder lift, whole-body scale, plus seeded Gaussian jitter. Distances are in shoulder widths,
 * so every base (whatever its image size) gets the same relative movement.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Landmark } from '../../../lib/posture/types';
import { rng } from '../../../scripts/lib/rng.mjs';

const FIXTURES = 'tests/fixtures/landmarks';

export interface Base {
  name: string;
  pose: Landmark[];
  width: number;
  height: number;
  label: string;
}

/** Depth in front of the ear axis, as a share of the ear span, for the head points (0-10). */
const DEPTH: Record<number, number> = {
  0: 0.6,
  1: 0.45,
  2: 0.45,
  3: 0.4,
  4: 0.45,
  5: 0.45,
  6: 0.4,
  9: 0.5,
  10: 0.5,
};

function syntheticBase(): Base {
  const W = 640,
    H = 480;
  const px = (x: number, y: number, visibility = 0.99): Landmark => ({
    x: x / W,
    y: y / H,
    z: 0,
    visibility,
  });
  const pts: Landmark[] = Array.from({ length: 33 }, () => px(320, 470, 0.2));
  pts[0] = px(320, 214); // nose
  pts[1] = px(330, 196);
  pts[2] = px(336, 195);
  pts[3] = px(342, 196); // left eye inner/centre/outer
  pts[4] = px(310, 196);
  pts[5] = px(304, 195);
  pts[6] = px(298, 196); // right eye
  pts[7] = px(360, 200);
  pts[8] = px(280, 200); // left ear, right ear
  pts[9] = px(328, 236);
  pts[10] = px(312, 236); // mouth
  pts[11] = px(416, 374);
  pts[12] = px(224, 374); // left, right shoulder
  return { name: 'synthetic', pose: pts, width: W, height: H, label: 'neutral' };
}

interface FixtureFile {
  label: string;
  frame: { poses: Landmark[][]; width: number; height: number };
}

/** Every recorded fixture by file name (without .json). Empty when the folder is absent. */
export const FIXTURE_FRAMES: Record<string, Base> = {};
if (existsSync(FIXTURES))
  for (const f of readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const d = JSON.parse(readFileSync(`${FIXTURES}/${f}`, 'utf8')) as FixtureFile;
    const pose = d.frame?.poses?.[0];
    if (pose?.length === 33) {
      const name = f.replace(/\.json$/, '');
      FIXTURE_FRAMES[name] = {
        name,
        pose,
        width: d.frame.width,
        height: d.frame.height,
        label: d.label,
      };
    }
  }

export const SYNTHETIC = syntheticBase();
/** One neutral base per recorded person, plus the synthetic one. */
export const BASES: Base[] = [
  SYNTHETIC,
  ...[
    'faceapi-webcam',
    'gustavostz-neutral',
    'kirtijindal-neutral',
    'motlabs-neutral',
    'vincent-neutral-100',
  ]
    .map((n) => FIXTURE_FRAMES[n])
    .filter((b): b is Base => !!b),
];

export interface Move {
  /** Head size factor about the ear midpoint: < 1 when the head glides back. */
  scale?: number;
  yawDeg?: number;
  rollDeg?: number;
  /** Head moved up, in shoulder widths. */
  headUp?: number;
  /** Shoulders raised, in shoulder widths. */
  shoulderUp?: number;
  /** Whole body size factor about the frame centre (leaning toward or away from the camera). */
  bodyScale?: number;
}

function shoulderWidthPx(b: Base): number {
  const l = b.pose[11]!,
    r = b.pose[12]!;
  return Math.hypot((l.x - r.x) * b.width, (l.y - r.y) * b.height);
}

/** Applies a movement to a base pose (pixel geometry of the base's image). */
export function movePose(b: Base, m: Move): Landmark[] {
  const W = b.width,
    H = b.height,
    sw = shoulderWidthPx(b);
  const le = b.pose[7]!,
    re = b.pose[8]!;
  const cx = ((le.x + re.x) / 2) * W,
    cy = ((le.y + re.y) / 2) * H;
  const span = Math.hypot((le.x - re.x) * W, (le.y - re.y) * H);
  const s = m.scale ?? 1,
    yaw = ((m.yawDeg ?? 0) * Math.PI) / 180,
    roll = ((m.rollDeg ?? 0) * Math.PI) / 180;
  return b.pose.map((p, i) => {
    let x = p.x * W,
      y = p.y * H;
    if (i <= 10) {
      let dx = (x - cx) * s;
      const dy = (y - cy) * s;
      // Yaw: points on the ear axis foreshorten; points in front of it swing sideways.
      const depth = (DEPTH[i] ?? 0) * span * s;
      dx = dx * Math.cos(yaw) + depth * Math.sin(yaw);
      const rx = dx * Math.cos(roll) - dy * Math.sin(roll);
      const ry = dx * Math.sin(roll) + dy * Math.cos(roll);
      x = cx + rx;
      y = cy + ry - (m.headUp ?? 0) * sw;
    } else if (i === 11 || i === 12) {
      y -= (m.shoulderUp ?? 0) * sw;
    }
    const k = m.bodyScale ?? 1;
    x = W / 2 + (x - W / 2) * k;
    y = H / 2 + (y - H / 2) * k;
    return { ...p, x: x / W, y: y / H };
  });
}

/** Adds Gaussian jitter of `sigma` shoulder widths to every landmark. */
export function jitter(
  b: Base,
  pose: readonly Landmark[],
  sigma: number,
  rand: () => number,
): Landmark[] {
  const g = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const px = sigma * shoulderWidthPx(b);
  return pose.map((p) => ({ ...p, x: p.x + (g() * px) / b.width, y: p.y + (g() * px) / b.height }));
}

export interface Segment {
  ms: number;
  move?: Move;
  /** Use this recorded frame instead of the base (its own geometry), then apply `move`. */
  frame?: Base;
  /** No pose in these frames (person out of view). */
  missing?: boolean;
}

export interface Frame {
  t: number;
  pose: Landmark[] | null;
  width: number;
  height: number;
}

/** Frames at `fps` over the segments, pose null for missing segments. Jitter in shoulder widths. */
export function sequence(
  base: Base,
  segments: readonly Segment[],
  opts: { fps?: number; sigma?: number; seed?: number; t0?: number } = {},
): Frame[] {
  const dt = 1000 / (opts.fps ?? 8);
  const rand = rng(opts.seed ?? 1);
  const out: Frame[] = [];
  let t = opts.t0 ?? 1_000_000;
  for (const seg of segments) {
    const end = t + seg.ms;
    const b = seg.frame ?? base;
    for (; t < end; t += dt) {
      const pose = seg.missing
        ? null
        : jitter(b, movePose(b, seg.move ?? {}), opts.sigma ?? 0.004, rand);
      out.push({ t, pose, width: b.width, height: b.height });
    }
  }
  return out;
}
