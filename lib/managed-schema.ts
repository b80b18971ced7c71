/**
 * The managed-storage (enterprise policy) JSON schema, derived from the settings table so the two
 * can never drift. Chrome reads it from the manifest's `storage.managed_schema`.
 *
 * Deliberately loose: Chrome silently drops any policy value that violates the schema (measured on
 * Chromium 156: an out-of-range integer, an unknown enum string or a list with one bad item never
 * reaches `storage.managed`). To honour "never silent", the schema declares types only; bounds and
 * allowed values are written in the descriptions and enforced by `resolveSettings`, which reports
 * every invalid value to the person. Only constructs Chrome's schema parser supports are used
 * (https://developer.chrome.com/docs/extensions/reference/manifest/storage): `type`, `properties`,
 * `items`, `description`, `title`.
 */
import {
  SETTINGS_SPEC,
  SETTING_KEYS,
  type IntSpec,
  type SettingKey,
  type SettingSpec,
} from './settings-schema';

export type JsonSchema = Record<string, unknown>;

/** Setting keys of kind `int`: the ones an organization can bound with `limits`. */
export type LimitableKey = {
  [K in SettingKey]: (typeof SETTINGS_SPEC)[K] extends { kind: 'int' } ? K : never;
}[SettingKey];
export const LIMITABLE_KEYS: readonly LimitableKey[] = SETTING_KEYS.filter(
  (k): k is LimitableKey => SETTINGS_SPEC[k].kind === 'int',
);
/** The int spec of a limitable key. */
export const intSpec = (key: LimitableKey): IntSpec => SETTINGS_SPEC[key];

/** Top-level policy keys that are not settings. */
export const POLICY_META_KEYS = ['lockedSettings', 'limits'] as const;

/** Keywords of Chrome's JSON-schema subset (components/policy/core/common/schema.cc). */
export const CHROME_SCHEMA_KEYWORDS = new Set([
  'type',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'description',
  'title',
  'minimum',
  'maximum',
  'enum',
  'pattern',
  'required',
  'id',
  '$ref',
  'sensitiveValue',
]);

/** Human text for a setting's allowed values, used in schema descriptions and the guide. */
export function allowedText(spec: SettingSpec): string {
  switch (spec.kind) {
    case 'bool':
      return 'true or false';
    case 'int':
      return `whole number ${spec.min} to ${spec.max}${spec.unit ? ` (${spec.unit})` : ''}`;
    case 'enum':
      return `one of ${spec.values.map((v) => `"${v}"`).join(', ')}`;
    case 'intList':
      return `list of whole numbers ${spec.min} to ${spec.max}`;
    case 'stringList':
      return spec.values
        ? `list of ${spec.values.map((v) => `"${v}"`).join(', ')}`
        : `list of up to ${spec.maxItems} text values`;
  }
}

const JSON_TYPE: Record<SettingSpec['kind'], string> = {
  bool: 'boolean',
  int: 'integer',
  enum: 'string',
  intList: 'array',
  stringList: 'array',
};

function propertySchema(key: SettingKey): JsonSchema {
  const spec: SettingSpec = SETTINGS_SPEC[key];
  const schema: JsonSchema = {
    title: key,
    description: `${spec.description} Allowed: ${allowedText(spec)}. Default: ${JSON.stringify(spec.default)}.`,
    type: JSON_TYPE[spec.kind],
  };
  if (spec.kind === 'intList') schema.items = { type: 'integer' };
  if (spec.kind === 'stringList') schema.items = { type: 'string' };
  return schema;
}

function limitSchema(key: LimitableKey): JsonSchema {
  const spec = intSpec(key);
  return {
    type: 'object',
    description: `Bounds for ${key} within ${spec.min} to ${spec.max}; the person chooses inside them.`,
    properties: {
      min: { type: 'integer', description: `Lowest value allowed (at least ${spec.min}).` },
      max: { type: 'integer', description: `Highest value allowed (at most ${spec.max}).` },
    },
  };
}

/** The complete schema object. No key in it reports anything about a person, and none is an endpoint. */
export function buildManagedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of SETTING_KEYS) properties[key] = propertySchema(key);
  properties.lockedSettings = {
    title: 'lockedSettings',
    description: `Settings the person cannot change; the organization's value (or the default) applies. Allowed: list of setting names above.`,
    type: 'array',
    items: { type: 'string' },
  };
  properties.limits = {
    title: 'limits',
    description:
      'Narrower bounds for number settings, e.g. {"microBreakEveryMin": {"max": 30}} means a micro-break at least every 30 minutes. The person may choose any value inside the bounds.',
    type: 'object',
    properties: Object.fromEntries(LIMITABLE_KEYS.map((k) => [k, limitSchema(k)])),
  };
  return { type: 'object', properties };
}

/**
 * A realistic policy of an ergonomics program, used by the deployment guide and the tests:
 * camera on, breaks at least every 30 minutes, snoozes capped, routines fixed.
 */
export const EXAMPLE_POLICY = {
  cameraEnabled: true,
  strictness: 'normal',
  microBreakEveryMin: 20,
  movementBreakEveryMin: 50,
  workHoursEnabled: true,
  workDays: [1, 2, 3, 4, 5],
  workStartMin: 480,
  workEndMin: 1080,
  routinesOffered: ['micro', 'movement', 'neck-training'],
  lockedSettings: ['routinesOffered', 'holdDuringMeetings'],
  limits: { microBreakEveryMin: { max: 30 }, maxSnoozes: { max: 2 }, dailySkipBudget: { max: 3 } },
} as const;
