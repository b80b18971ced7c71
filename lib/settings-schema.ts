/**
 * The settings table: one row per setting, with its default and bounds. Everything else (the
 * `Settings` type, coercion, the managed-storage schema, the options page) is derived from it.
 * Pure data: no browser or WXT imports.
 */

interface SpecBase {
  /** Options-page group. */
  group: 'monitoring' | 'nudges' | 'breaks' | 'hours' | 'meetings' | 'exercises' | 'data';
  /** Shown to admins in the managed schema and deployment guide. */
  description: string;
}
export interface BoolSpec extends SpecBase {
  kind: 'bool';
  default: boolean;
}
export interface IntSpec extends SpecBase {
  kind: 'int';
  default: number;
  min: number;
  max: number;
  unit?: string;
}
export interface EnumSpec<T extends string = string> extends SpecBase {
  kind: 'enum';
  default: T;
  values: readonly T[];
}
export interface IntListSpec extends SpecBase {
  kind: 'intList';
  default: readonly number[];
  min: number;
  max: number;
}
export interface StringListSpec extends SpecBase {
  kind: 'stringList';
  default: readonly string[];
  /** Allowed values; absent means free text (trimmed, at most 200 characters each). */
  values?: readonly string[];
  maxItems: number;
}
export type SettingSpec = BoolSpec | IntSpec | EnumSpec | IntListSpec | StringListSpec;

export const ROUTINE_IDS = [
  'micro',
  'movement',
  'neck-training',
  'relaxation',
  'bad-day',
  'headache-now',
] as const;
export const STRICTNESS = ['gentle', 'normal', 'firm'] as const;
export const LANGUAGES = ['auto', 'en', 'es', 'de'] as const;
/** The camera-light modes (lib/posture/host-rules.ts `CameraLight`). */
export const CAMERA_LIGHTS = ['brief', 'steady'] as const;

export const SETTINGS_SPEC = {
  cameraEnabled: {
    kind: 'bool',
    default: true,
    group: 'monitoring',
    description: 'Use the webcam to notice forward-head posture. Off means reminders only.',
  },
  cameraLight: {
    kind: 'enum',
    default: 'brief',
    values: CAMERA_LIGHTS,
    group: 'monitoring',
    description:
      'brief: the camera opens for about a second at each check, so its light blinks; steady: a low-rate stream stays open while monitoring, so the light stays on.',
  },
  lowPowerMode: {
    kind: 'bool',
    default: false,
    group: 'monitoring',
    description: 'Sample posture less often; the camera stays off longer between checks.',
  },
  sensitivity: {
    kind: 'int',
    default: 3,
    min: 1,
    max: 5,
    group: 'monitoring',
    description:
      'How small a drift from the calibrated neutral counts as forward head (1 least, 5 most).',
  },
  awayAfterSec: {
    kind: 'int',
    default: 30,
    min: 10,
    max: 300,
    unit: 's',
    group: 'monitoring',
    description: 'Nobody in frame for this long counts as away from the desk.',
  },
  postureNudges: {
    kind: 'bool',
    default: true,
    group: 'nudges',
    description: 'Show a notification after sustained forward-head posture.',
  },
  nudgeAfterSec: {
    kind: 'int',
    default: 45,
    min: 30,
    max: 300,
    unit: 's',
    group: 'nudges',
    description: 'Seconds of sustained forward-head posture before a posture notification.',
  },
  nudgeMinGapMin: {
    kind: 'int',
    default: 10,
    min: 5,
    max: 120,
    unit: 'min',
    group: 'nudges',
    description: 'Minimum minutes between posture notifications (doubles on repeats).',
  },
  nudgeMaxPerHour: {
    kind: 'int',
    default: 3,
    min: 1,
    max: 6,
    group: 'nudges',
    description: 'Most posture notifications in any hour.',
  },
  microBreakEnabled: {
    kind: 'bool',
    default: true,
    group: 'breaks',
    description: 'Short eye and posture breaks.',
  },
  microBreakEveryMin: {
    kind: 'int',
    default: 20,
    min: 10,
    max: 60,
    unit: 'min',
    group: 'breaks',
    description: 'Minutes of active time between micro-breaks.',
  },
  microBreakSec: {
    kind: 'int',
    default: 20,
    min: 20,
    max: 60,
    unit: 's',
    group: 'breaks',
    description: 'Length of a micro-break.',
  },
  movementBreakEnabled: {
    kind: 'bool',
    default: true,
    group: 'breaks',
    description: 'Longer breaks with guided stretches and movement.',
  },
  movementBreakEveryMin: {
    kind: 'int',
    default: 50,
    min: 30,
    max: 90,
    unit: 'min',
    group: 'breaks',
    description: 'Minutes of active time between movement breaks.',
  },
  movementBreakMin: {
    kind: 'int',
    default: 4,
    min: 2,
    max: 10,
    unit: 'min',
    group: 'breaks',
    description: 'Length of a movement break.',
  },
  snoozeMin: {
    kind: 'int',
    default: 5,
    min: 1,
    max: 15,
    unit: 'min',
    group: 'breaks',
    description: 'How long a snooze postpones a break.',
  },
  maxSnoozes: {
    kind: 'int',
    default: 2,
    min: 0,
    max: 5,
    group: 'breaks',
    description: 'Snoozes allowed for one break.',
  },
  dailySkipBudget: {
    kind: 'int',
    default: 3,
    min: 0,
    max: 10,
    group: 'breaks',
    description: 'Breaks that may be skipped per day.',
  },
  breakSounds: {
    kind: 'bool',
    default: false,
    group: 'breaks',
    description:
      'Soft sounds in breaks: a chime when a break starts and ends, a tick at each step of the breathing and relaxation exercises (made on the device, no sound files).',
  },
  strictness: {
    kind: 'enum',
    default: 'normal',
    values: STRICTNESS,
    group: 'breaks',
    description:
      'gentle: notifications only; normal: the break page opens after a short countdown; firm: fewer snoozes, no skips beyond the budget.',
  },
  workHoursEnabled: {
    kind: 'bool',
    default: false,
    group: 'hours',
    description: 'Only coach during working hours.',
  },
  workDays: {
    kind: 'intList',
    default: [1, 2, 3, 4, 5],
    min: 0,
    max: 6,
    group: 'hours',
    description: 'Working days, 0 = Sunday to 6 = Saturday.',
  },
  workStartMin: {
    kind: 'int',
    default: 8 * 60,
    min: 0,
    max: 24 * 60 - 1,
    unit: 'min after midnight',
    group: 'hours',
    description: 'Start of working hours, minutes after local midnight.',
  },
  workEndMin: {
    kind: 'int',
    default: 18 * 60,
    min: 0,
    max: 24 * 60 - 1,
    unit: 'min after midnight',
    group: 'hours',
    description: 'End of working hours; earlier than the start means the shift crosses midnight.',
  },
  holdDuringMeetings: {
    kind: 'bool',
    default: true,
    group: 'meetings',
    description:
      'Hold nudges while the camera is busy, a tab plays sound or a window is full screen. A hold lasts at most 90 minutes, after which a due break is offered gently.',
  },
  meetingSites: {
    kind: 'stringList',
    default: [
      'meet.google.com',
      'zoom.us',
      'teams.microsoft.com',
      'app.slack.com/huddle',
      'whereby.com',
    ],
    maxItems: 50,
    group: 'meetings',
    description: 'Sites treated as meetings (used only if the person grants the tabs permission).',
  },
  neckTrainingEnabled: {
    kind: 'bool',
    default: true,
    group: 'exercises',
    description:
      'A daily neck-training break (chin tucks, shoulder strengthening, shoulder-blade squeezes) in the window below.',
  },
  neckTrainingFromMin: {
    kind: 'int',
    default: 10 * 60,
    min: 0,
    max: 24 * 60 - 1,
    unit: 'min after midnight',
    group: 'exercises',
    description: 'Earliest time of the daily neck-training break, minutes after local midnight.',
  },
  neckTrainingToMin: {
    kind: 'int',
    default: 16 * 60,
    min: 0,
    max: 24 * 60 - 1,
    unit: 'min after midnight',
    group: 'exercises',
    description:
      'Latest time of the daily neck-training break; earlier than the start means the window crosses midnight.',
  },
  routinesOffered: {
    kind: 'stringList',
    default: ROUTINE_IDS,
    values: ROUTINE_IDS,
    maxItems: ROUTINE_IDS.length,
    group: 'exercises',
    description: 'Exercise routines offered to the person.',
  },
  diaryEnabled: {
    kind: 'bool',
    default: true,
    group: 'data',
    description: 'Offer the optional local headache diary.',
  },
  insightsEnabled: {
    kind: 'bool',
    default: true,
    group: 'data',
    description: 'Keep local statistics and show the insights page.',
  },
  retentionDays: {
    kind: 'int',
    default: 180,
    min: 7,
    max: 730,
    unit: 'days',
    group: 'data',
    description: 'Days of local history kept on this device.',
  },
  language: {
    kind: 'enum',
    default: 'auto',
    values: LANGUAGES,
    group: 'data',
    description: 'Interface language; auto follows the browser.',
  },
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof SETTINGS_SPEC;
type ValueOf<S> = S extends { kind: 'bool' }
  ? boolean
  : S extends { kind: 'int' }
    ? number
    : S extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : S extends { kind: 'intList' }
        ? number[]
        : string[];
export type Settings = { -readonly [K in SettingKey]: ValueOf<(typeof SETTINGS_SPEC)[K]> };
export const SETTING_KEYS = Object.keys(SETTINGS_SPEC) as SettingKey[];
