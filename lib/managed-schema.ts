/**
 * The managed-storage (enterprise policy) JSON schema, derived from the settings table so the two
 * can never drift. Chrome reads it from the manifest's `storage.managed_schema`.
 */
import { SETTINGS_SPEC, SETTING_KEYS, type SettingSpec } from './settings-schema';

type JsonSchema = Record<string, unknown>;

function propertySchema(spec: SettingSpec): JsonSchema {
  const base = { description: spec.description };
  switch (spec.kind) {
    case 'bool':
      return { ...base, type: 'boolean' };
    case 'int':
      return { ...base, type: 'integer', minimum: spec.min, maximum: spec.max };
    case 'enum':
      return { ...base, type: 'string', enum: [...spec.values] };
    case 'intList':
      return {
        ...base,
        type: 'array',
        items: { type: 'integer', minimum: spec.min, maximum: spec.max },
      };
    case 'stringList':
      return {
        ...base,
        type: 'array',
        items: spec.values ? { type: 'string', enum: [...spec.values] } : { type: 'string' },
      };
  }
}

/** The complete schema object. No key in it reports anything about a person. */
export function buildManagedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of SETTING_KEYS) properties[key] = propertySchema(SETTINGS_SPEC[key]);
  properties.lockedSettings = {
    description: 'Settings the person cannot change; the values above apply to them.',
    type: 'array',
    items: { type: 'string', enum: [...SETTING_KEYS] },
  };
  return { type: 'object', properties };
}
