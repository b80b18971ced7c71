/**
 * Every name that crosses contexts, declared once: storage keys (with area, version and owner),
 * alarms, ports and notification ids. Product code takes these names from here and nowhere else;
 * message names live in the parser table (lib/message-parsers.ts). No browser imports, so tests
 * and scripts running in Node can import it too.
 *
 * ## Versioning of stored data (one rule)
 * - The version of every stored value is the `version` of its entry here. Pure modules that write
 *   the number into records (`SETTINGS_VERSION`, `HISTORY_VERSION`) are the values used here.
 * - Readers never trust storage: every read coerces, and corrupt or unknown data becomes the
 *   fallback (or is repaired), never a crash.
 * - A change that coercion absorbs (a new optional field read back with a default) keeps the
 *   version. Any other change bumps it and adds a migration from the previous version, tested
 *   through the real store path (tests/unit/worker/).
 * - Where the number is kept depends on how the key is stored (`versionIn`):
 *   - `key`: the key name carries `:vN` (`schedule:v1`, `history:v1:<day>`). A migration reads the
 *     old key, writes the new one and removes the old (see `migrateOldKeys` in history-store).
 *     Keys from before this rule without a suffix are v1; their first change adds `:v2`.
 *   - `wxt`: a WXT storage item (`defineStored`); WXT keeps the number in `<key>$` and runs
 *     `migrations[N]` on read (settings: `SETTINGS_MIGRATIONS`).
 *   - `none`: session storage, which the browser empties on every extension update, and the
 *     organization's managed storage, whose contract is lib/managed-schema.ts. Never migrated.
 */
import { HISTORY_VERSION } from '../history/day';
import { SETTINGS_VERSION } from '../settings';

export type StorageArea = 'local' | 'session' | 'managed';
/** The context that writes a key (others may read it). */
export type Owner = 'worker' | 'camera-host' | 'pages' | 'organization';

export interface StorageEntry {
  readonly area: StorageArea;
  /** The key in its area; for `match: 'prefix'` the prefix of a family (one key per day). */
  readonly key: string;
  readonly match: 'key' | 'prefix' | 'area';
  readonly version: number;
  readonly versionIn: 'key' | 'wxt' | 'none';
  readonly owner: Owner;
}

const entry = (e: StorageEntry): StorageEntry => e;

/** Every storage key the extension uses. */
export const STORAGE = {
  /** The person's own settings choices (overrides of the defaults). */
  settings: entry({
    area: 'local',
    key: 'settings',
    match: 'key',
    version: SETTINGS_VERSION,
    versionIn: 'wxt',
    owner: 'worker',
  }),
  /** Calibration baselines by camera device id. */
  baselines: entry({
    area: 'local',
    key: 'baselines',
    match: 'key',
    version: 1,
    versionIn: 'wxt',
    owner: 'worker',
  }),
  /** The schedule state machine's state, its effects outbox and break page windows. */
  schedule: entry({
    area: 'local',
    key: 'schedule:v1',
    match: 'key',
    version: 1,
    versionIn: 'key',
    owner: 'worker',
  }),
  /** One aggregate record per local day: `history:v1:YYYY-MM-DD`. */
  historyDay: entry({
    area: 'local',
    key: `history:v${HISTORY_VERSION}:`,
    match: 'prefix',
    version: HISTORY_VERSION,
    versionIn: 'key',
    owner: 'worker',
  }),
  /** Idempotency keys of history events already applied (a replayed outbox counts once). */
  historyApplied: entry({
    area: 'local',
    key: 'history:applied',
    match: 'key',
    version: 1,
    versionIn: 'key',
    owner: 'worker',
  }),
  /** The day retention counts from (lib/history/retention-clock.ts). */
  historyRetentionClock: entry({
    area: 'local',
    key: 'history:retention-clock',
    match: 'key',
    version: 1,
    versionIn: 'key',
    owner: 'worker',
  }),
  /** The data epoch since the last "delete everything", and whether camera consent is back. */
  dataEpoch: entry({
    area: 'local',
    key: 'data:epoch',
    match: 'key',
    version: 1,
    versionIn: 'key',
    owner: 'worker',
  }),
  /** The person agreed that Chin Up may open a pinned monitor tab (Firefox). */
  monitorTabConsent: entry({
    area: 'local',
    key: 'monitorTabConsent',
    match: 'key',
    version: 1,
    versionIn: 'wxt',
    owner: 'pages',
  }),
  /** The red-flags screen was acknowledged (ms since epoch). */
  exerciseSafetyAck: entry({
    area: 'local',
    key: 'exercise:safetyAckAt',
    match: 'key',
    version: 1,
    versionIn: 'key',
    owner: 'worker',
  }),
  /** Exercise ids removed from automatic routines ("this hurts"). */
  exerciseRemoved: entry({
    area: 'local',
    key: 'exercise:removed',
    match: 'key',
    version: 1,
    versionIn: 'key',
    owner: 'worker',
  }),
  /** Chin-tuck sessions of the daily neck training. */
  exerciseNeckLog: entry({
    area: 'local',
    key: 'exercise:neckLog',
    match: 'key',
    version: 1,
    versionIn: 'key',
    owner: 'worker',
  }),
  /** Exercise ids whose "skip this if" advice was shown before their first run. */
  exerciseIntroduced: entry({
    area: 'local',
    key: 'exercise:introduced',
    match: 'key',
    version: 1,
    versionIn: 'key',
    owner: 'worker',
  }),
  /**
   * The last two desk-check results (lib/desk/store.ts): the page sends them (`desk:save`), the
   * worker writes them in its queue, as it does an import's.
   */
  deskCheck: entry({
    area: 'local',
    key: 'deskcheck:v1',
    match: 'key',
    version: 1,
    versionIn: 'key',
    owner: 'worker',
  }),
  /** The posture engine's live state (survives worker restarts, not browser restarts). */
  postureSession: entry({
    area: 'session',
    key: 'posture',
    match: 'key',
    version: 1,
    versionIn: 'none',
    owner: 'worker',
  }),
  /** History events waiting for room in storage.local (quota full). */
  historyPending: entry({
    area: 'session',
    key: 'history:pending',
    match: 'key',
    version: 1,
    versionIn: 'none',
    owner: 'worker',
  }),
  /** The person closed the monitor tab in this browser session: do not reopen it. */
  monitorTabClosed: entry({
    area: 'session',
    key: 'monitorTabClosed',
    match: 'key',
    version: 1,
    versionIn: 'none',
    owner: 'worker',
  }),
  /** The open monitor page already has its sampling configuration. */
  monitorTabConfigured: entry({
    area: 'session',
    key: 'monitorTabConfigured',
    match: 'key',
    version: 1,
    versionIn: 'none',
    owner: 'worker',
  }),
  /** Tab id of the connected monitor page. */
  monitorTabId: entry({
    area: 'session',
    key: 'monitorTabId',
    match: 'key',
    version: 1,
    versionIn: 'none',
    owner: 'worker',
  }),
  /** Organization policy: the whole managed area, read only (schema: lib/managed-schema.ts). */
  policy: entry({
    area: 'managed',
    key: '',
    match: 'area',
    version: 1,
    versionIn: 'none',
    owner: 'organization',
  }),
} as const satisfies Record<string, StorageEntry>;

export type StorageName = keyof typeof STORAGE;

/**
 * A history day key of any version, `history:v<N>:<day>`: what migration and "delete everything"
 * look for besides the current `STORAGE.historyDay` prefix.
 */
export const HISTORY_KEY_ANY_VERSION = /^history:v(\d+):(.+)$/;

/** The `area:key` form WXT's storage items take. */
export function wxtKey(e: StorageEntry): `${'local' | 'session'}:${string}` {
  if (e.area === 'managed' || e.match !== 'key') throw new Error(`not a single key: ${e.key}`);
  return `${e.area}:${e.key}`;
}

/** Alarm names (`browser.alarms`); one listener per alarm name. */
export const ALARMS = {
  /** Every minute: the posture service reconciles the camera host, pending history is flushed. */
  postureReconcile: 'posture:reconcile',
  /** Every minute: the schedule ticks. */
  scheduleTick: 'schedule:tick',
  /** The schedule's next wake-up, set by its `alarm` effect. */
  scheduleWake: 'schedule:wake',
  /** A camera host closed for a long gap opens again for its next sample (lib/posture/host-rules). */
  hostReopen: 'posture:host-reopen',
} as const;

/** Long-lived port names (`browser.runtime.connect`); they carry no messages, only presence. */
export const PORTS = {
  /** Held by the camera host (either kind): its disconnect tells the worker the host is gone. */
  cameraHost: 'camera-host',
  /** Held by the Firefox monitor page: the worker sees the monitor tab open and close. */
  monitorTab: 'monitor-tab',
  /**
   * Held by the popup while its live view has the camera: the worker stops the camera host's
   * sampling (one camera, not two) and restarts it when the port drops (popup closed).
   */
  liveView: 'live-view',
} as const;

/** Notification ids and id prefixes (`browser.notifications`). */
export const NOTIFICATIONS = {
  /** The one posture nudge notification (shown again, it replaces itself). */
  nudge: 'chinup-nudge',
  /** Break notifications: `chinup-break|<breakId>|<actions>`. */
  breakPrefix: 'chinup-break|',
} as const;
