/**
 * One desk check: the camera measurements summarized over a few seconds of frames, the checklist
 * of what the camera cannot see, and the comparison with the previous check. Pure.
 */
import type { PoseFrame } from '../posture/types';
import type { LightCheck } from './light';
import {
  centreFromOffset,
  centring,
  distanceRange,
  heightFromBow,
  eyeSpacingPx,
  screenHeight,
  type Centring,
  type DistanceEstimate,
  type ScreenHeight,
} from './measure';

/** What the camera cannot see; each item says what to change (i18n `deskItem<Id>`). */
export const CHECKLIST = [
  'chair-feet',
  'keyboard-mouse',
  'elbows',
  'laptop-riser',
  'phone-raised',
  'sit-stand',
] as const;
export type ChecklistId = (typeof CHECKLIST)[number];

export interface DeskResult {
  /** ms since epoch. */
  at: number;
  distance: DistanceEstimate | null;
  height: ScreenHeight | null;
  centre: Centring | null;
  light: LightCheck | null;
  /** Frames with a person in view, of those analysed. */
  frames: { seen: number; total: number };
  /** Checklist items the person ticked as done or not applying. */
  checked: ChecklistId[];
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? null) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** The person nearest the camera (widest shoulders), as the engine picks. */
function nearest(frame: PoseFrame) {
  const w = (p: PoseFrame['poses'][number]) =>
    Math.abs(((p[11]?.x ?? 0) - (p[12]?.x ?? 0)) * frame.width);
  return [...frame.poses].sort((a, b) => w(b) - w(a))[0];
}

/**
 * Summarizes frames (median per measurement over frames with a person) and the light check of
 * the middle frame. Null measurements mean nobody was in view long enough.
 */
export function summarize(
  frames: readonly PoseFrame[],
  light: LightCheck | null,
  at: number,
): DeskResult {
  const eye: number[] = [];
  const bow: number[] = [];
  const off: number[] = [];
  let width = 0;
  for (const f of frames) {
    const p = nearest(f);
    if (!p) continue;
    width = f.width;
    const e = eyeSpacingPx(p, f.width, f.height);
    if (e > 0) eye.push(e);
    const hgt = screenHeight(p, f.width, f.height);
    if (hgt) bow.push(hgt.bow);
    const c = centring(p);
    if (c) off.push(c.offset);
  }
  const eyeMed = median(eye);
  const bowMed = median(bow);
  const offMed = median(off);
  const seen = frames.filter((f) => nearest(f)).length;
  return {
    at,
    distance: eyeMed !== null ? distanceRange(eyeMed, width) : null,
    height: bowMed !== null ? heightFromBow(bowMed) : null,
    centre: offMed !== null ? centreFromOffset(offMed) : null,
    light: seen > 0 ? light : null,
    frames: { seen, total: frames.length },
    checked: [],
  };
}

const DESK_KEYS = ['distance', 'height', 'centre', 'light'] as const;
export type Measure = (typeof DESK_KEYS)[number];
export const MEASURES: readonly Measure[] = DESK_KEYS;

/** Per measurement: better, worse or the same as the previous check (null without one). */
export function compare(
  before: DeskResult | null,
  after: DeskResult,
): Record<Measure, 'better' | 'worse' | 'same'> | null {
  if (!before) return null;
  const score = (r: DeskResult, m: Measure) => {
    const v = r[m]?.verdict;
    return v === 'good' ? 2 : v === 'adjust' ? 1 : 0;
  };
  const out = {} as Record<Measure, 'better' | 'worse' | 'same'>;
  for (const m of DESK_KEYS) {
    const d = score(after, m) - score(before, m);
    out[m] = d > 0 ? 'better' : d < 0 ? 'worse' : 'same';
  }
  return out;
}

/** Reads back a stored result; anything malformed becomes null (the page then starts fresh). */
export function coerceDeskResult(x: unknown): DeskResult | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as Partial<DeskResult>;
  if (typeof r.at !== 'number' || !Number.isFinite(r.at)) return null;
  if (typeof r.frames !== 'object' || r.frames === null) return null;
  const checked = Array.isArray(r.checked)
    ? CHECKLIST.filter((id) => (r.checked as unknown[]).includes(id))
    : [];
  const obj = <T>(v: T | null | undefined): T | null =>
    typeof v === 'object' && v !== null && 'verdict' in v ? v : null;
  return {
    at: r.at,
    distance: obj(r.distance),
    height: obj(r.height),
    centre: obj(r.centre),
    light: obj(r.light),
    frames: r.frames,
    checked,
  };
}
