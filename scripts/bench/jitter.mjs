// Frame-to-frame landmark noise, measured on consecutive video frames of the data set, and a
// seeded generator that applies it, so held-posture simulations are reproducible.
import { basename, dirname } from 'node:path';
import { rng } from '../lib/rng.mjs';

const CLIP = /^(.*?)[-_](\d+)\.\w+$/;
const interEarPx = (pose, w, h) =>
  Math.hypot((pose[7].x - pose[8].x) * w, (pose[7].y - pose[8].y) * h);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Per-landmark noise (standard deviation in inter-ear units, x and y) from pairs of consecutive
 * frames of one clip (same person, folder, clip name; the smallest index step in that clip).
 * Robust: 1.4826 * MAD of the differences / sqrt(2), so real movement between frames hardly counts.
 */
export function measureJitter(rows) {
  const clips = new Map();
  for (const r of rows) {
    const m = CLIP.exec(basename(r.file));
    if (!m || !r.frame.poses[0]) continue;
    const key = `${r.person}|${dirname(r.file)}|${m[1]}`;
    if (!clips.has(key)) clips.set(key, []);
    clips.get(key).push({ i: Number(m[2]), frame: r.frame });
  }
  const dx = Array.from({ length: 33 }, () => []);
  const dy = Array.from({ length: 33 }, () => []);
  let pairs = 0;
  for (const list of clips.values()) {
    list.sort((a, b) => a.i - b.i);
    const steps = list.slice(1).map((c, k) => c.i - list[k].i);
    const step = Math.min(...steps);
    for (let k = 1; k < list.length; k++) {
      if (list[k].i - list[k - 1].i !== step) continue;
      const a = list[k - 1].frame;
      const b = list[k].frame;
      const pa = a.poses[0];
      const pb = b.poses[0];
      const unit = interEarPx(pa, a.width, a.height);
      if (!(unit > 0)) continue;
      pairs++;
      for (let j = 0; j < 33; j++) {
        dx[j].push(((pb[j].x - pa[j].x) * a.width) / unit);
        dy[j].push(((pb[j].y - pa[j].y) * a.height) / unit);
      }
    }
  }
  const sigma = (d) => (d.length ? (1.4826 * median(d.map(Math.abs))) / Math.SQRT2 : 0);
  return { pairs, x: dx.map(sigma), y: dy.map(sigma) };
}

/** FNV-1a of a string, so every row's noise depends on its name and the seed, not on row order. */
export function hashSeed(text, seed) {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A function returning jittered copies of `frame` (every pose moved by the measured noise). */
export function jitterer(frame, jitter, seed) {
  const next = rng(seed);
  const gauss = () => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return (t) => ({
    ...frame,
    t,
    poses: frame.poses.map((pose) => {
      const unit = interEarPx(pose, frame.width, frame.height);
      return pose.map((l, j) => ({
        ...l,
        x: l.x + (gauss() * jitter.x[j] * unit) / frame.width,
        y: l.y + (gauss() * jitter.y[j] * unit) / frame.height,
      }));
    }),
  });
}
