/**
 * Typed message protocols, one map per receiving context. Names are `domain:verb`; payloads are
 * small JSON-safe objects. Every payload is parsed at the receiving boundary by its parser in
 * lib/message-parsers.ts (the compiler asks for one per message), so handlers get checked data.
 */
import type { BackupCheck } from './backup/check';
import type { ImportMode } from './backup/plan';
import type { DeskStore } from './desk/store';
import type { ExerciseOp } from './exercises/store';
import type { DiaryDetails } from './history/diary';
import type { DayKey, DayRecord } from './history/types';
import type { CameraStatus, PoseFrame, PostureState } from './posture/types';
import type { BreakActionName, BreakKind, BreakPhase, PauseChoice } from './schedule/types';
import type { Settings } from './settings-schema';
import type { ResolvedSettings } from './settings-policy';

export type { PauseChoice };

/** What monitoring is doing, as pages show it. */
export const MONITORING_STATES = ['on', 'paused', 'off', 'reminders-only'] as const;
export type MonitoringState = (typeof MONITORING_STATES)[number];

/** The summary every page shows; produced by the service worker. */
export interface AppStatus {
  posture: PostureState;
  camera: CameraStatus;
  /** Human-readable camera problem detail (the browser's error name), when any. */
  cameraDetail?: string;
  monitoring: MonitoringState;
  /** ms since epoch when a pause ends automatically; null for no pause. */
  pausedUntil: number | null;
  /** ms since epoch of the next scheduled break, null when none is scheduled. */
  nextBreakAt: number | null;
  nextBreakKind: BreakKind | null;
  /** A break currently announced or running. */
  activeBreak: { id: string; kind: BreakKind; phase: Exclude<BreakPhase, 'snoozed'> } | null;
  held: boolean; // nudges held (meeting, audible tab, full screen, camera busy)
  hasBaseline: boolean;
  /** ms since epoch when the current forward-head run began (null or absent when not forward). */
  forwardSince?: number | null;
  /** How far the head is forward of the person's own neutral, in words (absent when unknown). */
  drift?: 'slight' | 'clear' | null;
  today: { monitoredMin: number; forwardHeadMin: number; nudges: number; breaksTaken: number };
  /**
   * History events kept in memory because storage refused to save them (quota full); 0 when all is
   * saved. They are already counted in `today` and stored as soon as there is room.
   */
  unsavedHistory: number;
}

/** `history:diary`'s error for a day older than the history kept (the page says why). */
export const DIARY_TOO_OLD = 'diary day older than the history kept';

/** Messages the service worker receives: `name -> [payload, response]`. */
export interface BackgroundProtocol {
  'pose:frame': [{ frame: PoseFrame; deviceId: string }, void];
  'camera:status': [{ status: CameraStatus; detail?: string; deviceId?: string }, void];
  'status:get': [Record<string, never>, AppStatus];
  'settings:get': [Record<string, never>, ResolvedSettings];
  'settings:set': [{ patch: Partial<Settings> }, ResolvedSettings];
  /**
   * The person's "Try again" on a camera or model problem: closes the camera host and opens a new
   * one, which reloads the model and reopens the camera (a denied camera stays denied).
   */
  'camera:retry': [Record<string, never>, void];
  'calibration:save': [{ deviceId: string; frames: PoseFrame[] }, { ok: boolean; reason?: string }];
  /** Optional second pose of calibration: the person's own drift, learned against their baseline. */
  'calibration:drift': [
    { deviceId: string; frames: PoseFrame[] },
    { ok: boolean; reason?: string },
  ];
  'monitor:pause': [{ choice: PauseChoice }, AppStatus];
  'monitor:resume': [Record<string, never>, AppStatus];
  'break:start': [{ kind: BreakKind }, AppStatus];
  'break:action': [{ id: string; action: BreakActionName }, AppStatus];
  /** One change to exercise progress (lib/exercises/store.ts), applied in the worker's queue. */
  'exercise:update': [{ op: ExerciseOp }, void];
  /** Exercise results from the break page: written by the worker, so one queue orders all writes. */
  'history:exercise': [{ id: string; reps: number; holdSec: number; durationSec: number }, void];
  /** Every stored day, oldest first (unsaved events included). Only the worker touches history. */
  'history:get': [Record<string, never>, DayRecord[]];
  /**
   * Sets (intensity 0-10, optional note and details) or, with `intensity: null`, removes the
   * headache diary entry of a day. Details are validated by the worker (`coerceDiaryDetails`).
   */
  'history:diary': [
    { day: DayKey; intensity: number | null; note?: string; details?: DiaryDetails },
    void,
  ];
  /**
   * Deletes everything this extension keeps locally (history, settings, calibration, schedule,
   * exercise progress, live state) and answers the new data epoch.
   */
  'data:clear': [Record<string, never>, { epoch: string }];
  /** The current data epoch ('' before any delete); pages send it with every write. */
  'data:epoch': [Record<string, never>, { epoch: string }];
  /** Stores the desk check's last two results (lib/desk/store.ts), in the worker's write queue. */
  'desk:save': [{ store: DeskStore }, void];
  /** The backup file of everything the person owns (lib/backup/format.ts), and its days. */
  'backup:export': [Record<string, never>, { json: string; days: number }];
  /** Checks a backup file's text and says what importing it would change; writes nothing. */
  'backup:preview': [{ text: string; mode: ImportMode }, BackupCheck];
  /** Checks and imports a backup file; a refused file changes nothing. */
  'backup:import': [{ text: string; mode: ImportMode }, BackupCheck];
}

/**
 * Messages that write the person's data. A page sends its data epoch with each; one from before
 * a "delete everything" is refused, so no page writes old data back.
 */
export const WRITE_NAMES: readonly (keyof BackgroundProtocol)[] = [
  'settings:set',
  'calibration:save',
  'history:exercise',
  'history:diary',
  'exercise:update',
  'desk:save',
  'backup:import',
];

/** Messages the camera host receives (offscreen document on Chrome/Edge, monitor tab on Firefox). */
export interface CameraHostProtocol {
  'sense:configure': [
    {
      intervalMs: number;
      burstFrames: number;
      /** Keep the stream open between samples (the steady camera light, dense sampling). */
      keepCameraOpen: boolean;
      /** Cap on the capture rate, frames a second; the camera's default cap when absent. */
      frameRateMax?: number;
    },
    void,
  ];
  'sense:stop': [Record<string, never>, void];
}

export type Protocol = BackgroundProtocol & CameraHostProtocol;
export type MessageName = keyof Protocol;
export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  to: 'background' | 'camera-host';
  data: Protocol[N][0];
  /** The data epoch the sending page started with (pages only; see `WRITE_NAMES`). */
  epoch?: string;
}
