/**
 * The one table of message names: a payload parser per message of every protocol in
 * lib/messages.ts. The table's type asks for exactly one parser per message name, so a new message
 * does not compile until it has its parser. lib/platform/messaging.ts runs them at the receiving
 * boundary: a handler only ever sees a payload its parser accepted (a fresh copy, exact keys);
 * anything else is answered with an error. Pure: no browser or WXT imports.
 */
import { IMPORT_MODES } from './backup/plan';
import { MAX_BACKUP_CHARS } from './backup/validate';
import { parseDeskStore } from './desk/store';
import { parseExerciseOp } from './exercises/store';
import { MAX_NOTE_CHARS, isDayKey } from './history/day';
import { coerceDiaryDetails, type DiaryDetails } from './history/diary';
import type { BackgroundProtocol, CameraHostProtocol, Envelope } from './messages';
import {
  arrayOf,
  bool,
  clipped,
  empty,
  guarded,
  isPlainRecord,
  mapped,
  nullable,
  num,
  oneOf,
  optional,
  record,
  str,
  type Parser,
} from './parse';
import { CAMERA_STATUSES } from './posture/types';
import { isPoseFrame } from './posture/validate';
import { BREAK_ACTION_NAMES, BREAK_KINDS, PAUSE_CHOICES } from './schedule/types';
import { coerceOverrides } from './settings';
import type { Settings } from './settings-schema';

/** One payload parser per message name of protocol `P`. */
export type ParserTable<P> = {
  [N in keyof P]: P[N] extends [infer D, unknown] ? Parser<D> : never;
};

/** Camera device ids: Chromium's are 64 hex characters; '' when the browser gives none. */
const deviceId = str(256);
/** Break and exercise ids. */
const breakId = str(100, 1);
const exerciseId = str(64, 1);
const count = num({ min: 0 });
/** Calibration sends about 40 frames (entrypoints/onboarding/calibration.ts); far more is abuse. */
const MAX_CALIBRATION_FRAMES = 300;

const poseFrame = guarded(isPoseFrame);

/**
 * A settings patch: any plain object, reduced to the valid values of known settings
 * (`coerceOverrides`), so the settings store only ever sees known keys with valid values.
 */
const settingsPatch: Parser<Partial<Settings>> = (x) =>
  isPlainRecord(x) ? (coerceOverrides(x) as Partial<Settings>) : undefined;

/** Free text of the headache diary: trimmed, cut to `MAX_NOTE_CHARS`. */
const diaryNote = mapped(clipped(100_000), (s) => s.trim().slice(0, MAX_NOTE_CHARS));

/** The diary's optional details: any plain object, reduced to its valid fields. */
const diaryDetails: Parser<DiaryDetails> = (x) =>
  isPlainRecord(x) ? coerceDiaryDetails(x) : undefined;

/**
 * A backup file's text, cut one character past the validator's limit, so a file too large is
 * refused by the validator with its own reason (`too-large`), not as a malformed message.
 */
const backupFile = record({ text: clipped(MAX_BACKUP_CHARS + 1), mode: oneOf(IMPORT_MODES) });

/** Payload parsers of the messages the service worker receives. */
export const BACKGROUND_PARSERS: ParserTable<BackgroundProtocol> = {
  'pose:frame': record({ frame: poseFrame, deviceId }),
  'camera:status': record({
    status: oneOf(CAMERA_STATUSES),
    detail: optional(clipped(300)),
    deviceId: optional(deviceId),
  }),
  'status:get': empty,
  'settings:get': empty,
  'settings:set': record({ patch: settingsPatch }),
  'calibration:save': record({ deviceId, frames: arrayOf(poseFrame, MAX_CALIBRATION_FRAMES) }),
  'calibration:drift': record({ deviceId, frames: arrayOf(poseFrame, MAX_CALIBRATION_FRAMES) }),
  'monitor:pause': record({ choice: oneOf(PAUSE_CHOICES) }),
  'monitor:resume': empty,
  'break:start': record({ kind: oneOf(BREAK_KINDS) }),
  'break:action': record({ id: breakId, action: oneOf(BREAK_ACTION_NAMES) }),
  'history:exercise': record({ id: exerciseId, reps: count, holdSec: count, durationSec: count }),
  'history:get': empty,
  'history:diary': record({
    day: guarded(isDayKey),
    intensity: nullable(num({ min: 0, max: 10 })),
    note: optional(diaryNote),
    details: optional(diaryDetails),
  }),
  'camera:retry': empty,
  'exercise:update': record({ op: (x) => parseExerciseOp(x) ?? undefined }),
  'data:clear': empty,
  'data:epoch': empty,
  'desk:save': record({ store: parseDeskStore }),
  'backup:export': empty,
  'backup:preview': backupFile,
  'backup:import': backupFile,
};

/** Payload parsers of the messages the camera host receives. */
export const CAMERA_HOST_PARSERS: ParserTable<CameraHostProtocol> = {
  'sense:configure': record({
    // Clamped: at most 4 analyses a second, at least one every 2 minutes; bursts of 1-5 frames.
    intervalMs: mapped(num(), (v) => Math.max(250, Math.min(120_000, v))),
    burstFrames: mapped(num(), (v) => Math.max(1, Math.min(5, Math.round(v)))),
    keepCameraOpen: bool,
    // The capture rate cap, frames a second (the steady camera light: a low-rate stream).
    frameRateMax: optional(mapped(num(), (v) => Math.max(1, Math.min(15, v)))),
  }),
  'sense:stop': empty,
};

const TABLES: { [T in Envelope['to']]: Readonly<Record<string, Parser<unknown>>> } = {
  background: BACKGROUND_PARSERS,
  'camera-host': CAMERA_HOST_PARSERS,
};

/** The parser of message `name` for receiver `to`, or undefined for a name `to` does not know. */
export function parserFor(to: Envelope['to'], name: unknown): Parser<unknown> | undefined {
  const table = TABLES[to];
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(table, name)
    ? table[name]
    : undefined;
}

/** Every message name of receiver `to`. */
export const messageNames = (to: Envelope['to']): string[] => Object.keys(TABLES[to]);
