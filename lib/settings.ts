/**
 * THE settings module: defaults, type, version, migrations, pure coercion and the merge of
 * defaults, organization policy (managed storage) and the person's own choices.
 * Pure: no browser or WXT imports, so it runs in unit tests and in every context.
 */
import {
  SETTINGS_SPEC,
  SETTING_KEYS,
  type SettingKey,
  type SettingSpec,
  type Settings,
} from './settings-schema';

export { SETTINGS_SPEC, SETTING_KEYS, type SettingKey, type Settings };

/** Version of the stored user-settings record. Bump it and add a migration when the shape changes. */
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  SETTING_KEYS.map((k) => [k, structuredClone(SETTINGS_SPEC[k].default)]),
) as unknown as Settings;

type Raw = Record<string, unknown>;
/**
 * Ordered migrations of the stored user record, keyed by the version they produce. The settings
 * store (lib/worker/settings-store.ts) hands them to WXT storage, which runs them on first read.
 * v2: v1 stored `sensitivity` as 'low' | 'medium' | 'high'; v2 uses levels 1-5.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  2: (old) => {
    const map: Record<string, number> = { low: 2, medium: 3, high: 4 };
    const s = old.sensitivity;
    return typeof s === 'string' && Object.prototype.hasOwnProperty.call(map, s)
      ? { ...old, sensitivity: map[s] }
      : old;
  },
};

export type CoerceProblem =
  | { kind: 'type'; expected: string }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'value'; allowed: readonly string[] };

export interface Coerced<T = unknown> {
  /** The usable value (clamped or filtered), or undefined when nothing usable was given. */
  value: T | undefined;
  problem?: CoerceProblem;
}

export function isRecord(x: unknown): x is Raw {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Coerces one raw value against its spec: type-checks, rounds and clamps, filters lists. */
export function coerceValue(spec: SettingSpec, raw: unknown): Coerced {
  switch (spec.kind) {
    case 'bool':
      return typeof raw === 'boolean' ? { value: raw } : typeErr('true or false');
    case 'int': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return typeErr('a number');
      const v = Math.round(raw);
      const clamped = Math.min(spec.max, Math.max(spec.min, v));
      return clamped === v
        ? { value: v }
        : { value: clamped, problem: { kind: 'range', min: spec.min, max: spec.max } };
    }
    case 'enum':
      return typeof raw === 'string' && spec.values.includes(raw)
        ? { value: raw }
        : { value: undefined, problem: { kind: 'value', allowed: spec.values } };
    case 'intList': {
      if (!Array.isArray(raw)) return typeErr('a list of numbers');
      const ok = raw.filter(
        (n): n is number => Number.isInteger(n) && n >= spec.min && n <= spec.max,
      );
      const value = [...new Set(ok)].sort((a, b) => a - b);
      return ok.length === raw.length
        ? { value }
        : { value, problem: { kind: 'range', min: spec.min, max: spec.max } };
    }
    case 'stringList': {
      if (!Array.isArray(raw)) return typeErr('a list of text values');
      const strings = raw
        .filter((s): s is string => typeof s === 'string')
        .map((s) => s.trim().slice(0, 200))
        .filter((s) => s.length > 0 && (!spec.values || spec.values.includes(s)));
      const value = [...new Set(strings)].slice(0, spec.maxItems);
      if (value.length === raw.length) return { value };
      return {
        value,
        problem: spec.values
          ? { kind: 'value', allowed: spec.values }
          : { kind: 'type', expected: `at most ${spec.maxItems} text values` },
      };
    }
  }
}

function typeErr(expected: string): Coerced {
  return { value: undefined, problem: { kind: 'type', expected } };
}

/**
 * Pure: turns anything (corrupt storage, an import, a form) into a complete, valid `Settings`.
 * Unknown keys are dropped, wrong types fall back to `base`, numbers are clamped to their bounds.
 */
export function coerceSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const src = isRecord(raw) ? raw : {};
  const out = structuredClone(base) as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    if (!(key in src)) continue;
    const { value } = coerceValue(SETTINGS_SPEC[key], src[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as Settings;
}

/** Only the keys of `raw` that are valid settings, coerced: what a person has chosen themselves. */
export function coerceOverrides(raw: unknown): Partial<Settings> {
  const src = isRecord(raw) ? raw : {};
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in src)) continue;
    const { value } = coerceValue(SETTINGS_SPEC[key], src[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<Settings>;
}
