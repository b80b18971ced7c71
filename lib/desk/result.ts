/**
 * One desk check: the camera measurements summarized over a few seconds of frames, the checklist
 * of what the camera cannot see, and the comparison with the previous check. Pure.
 */
import { measureFrame } from '../posture/features';
import { median, nearestFirst } from '../posture/geometry';
import type { PoseFrame } from '../posture/types';
import { heightFromBow, type OwnLevel, type ScreenHeight } from './height';
import type { LightCheck } from './light';
import {
  centreFromOffset,
  centring,
  distanceRange,
  eyeSpacingPx,
  type Centring,
  type DistanceEstimate,
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

/** The person nearest the camera, as the engine picks. */
const nearest = (f: PoseFrame) => nearestFirst(f.poses, f.width, f.height)[0];
const medianOrNull = (xs: number[]) => (xs.length > 0 ? median(xs) : null);

/**
 * Summarizes frames (median per measurement over frames with a person) and the light check of
 * the middle frame. Null measurements mean nobody was in view long enough. `own`: the person's
 * calibration for this camera, if any (screen height is then judged against it, see ./height).
 */
export function summarize(
  frames: readonly PoseFrame[],
  light: LightCheck | null,
  at: number,
  own: OwnLevel | null = null,
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
    // The engine's own bow measure, comparable with the calibration's.
    const features = measureFrame(f).features;
    if (features) bow.push(features.bowRatio);
    const c = centring(p);
    if (c) off.push(c.offset);
  }
  const eyeMed = medianOrNull(eye);
  const bowMed = medianOrNull(bow);
  const offMed = medianOrNull(off);
  const seen = frames.filter((f) => nearest(f)).length;
  return {
    at,
    distance: eyeMed !== null ? distanceRange(eyeMed, width) : null,
    height: bowMed !== null ? heightFromBow(bowMed, own) : null,
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
