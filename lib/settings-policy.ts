/**
 * Merge of defaults, organization policy (managed storage) and the person's own choices.
 * Pure. Policy values are coerced like any input; an invalid one is ignored and reported.
 */
import { SETTINGS_SPEC, SETTING_KEYS, type SettingKey, type Settings } from './settings-schema';
import {
  DEFAULT_SETTINGS,
  coerceOverrides,
  coerceValue,
  isRecord,
  type CoerceProblem,
} from './settings';

export interface PolicyIssue {
  /** The policy key as the organization wrote it. */
  key: string;
  /** The value the organization gave, as JSON text (truncated). */
  given: string;
  problem: CoerceProblem | { kind: 'unknown-key' };
  /** What is used instead, as JSON text; absent for unknown keys. */
  using?: string;
}

export interface ResolvedSettings {
  settings: Settings;
  /** Keys the organization locked: the person cannot change them. */
  locked: SettingKey[];
  /** Keys the organization set a value for (locked or not). */
  managed: SettingKey[];
  policyIssues: PolicyIssue[];
}

const POLICY_META_KEYS = new Set(['lockedSettings']);

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Effective settings: defaults, then valid policy values, then the person's own choices for keys
 * the organization did not lock.
 * @param userRaw the stored user overrides (any shape; coerced here)
 * @param managedRaw the managed-storage object (any shape; coerced here)
 */
export function resolveSettings(userRaw: unknown, managedRaw: unknown): ResolvedSettings {
  const policy = isRecord(managedRaw) ? managedRaw : {};
  const issues: PolicyIssue[] = [];
  const fromPolicy: Partial<Record<SettingKey, unknown>> = {};
  const managed: SettingKey[] = [];

  for (const [key, raw] of Object.entries(policy)) {
    if (POLICY_META_KEYS.has(key)) continue;
    if (!(key in SETTINGS_SPEC)) {
      issues.push({ key, given: show(raw), problem: { kind: 'unknown-key' } });
      continue;
    }
    const k = key as SettingKey;
    const { value, problem } = coerceValue(SETTINGS_SPEC[k], raw);
    if (problem) {
      // An invalid policy value is ignored entirely, never half-applied.
      issues.push({ key, given: show(raw), problem });
      continue;
    }
    fromPolicy[k] = value;
    managed.push(k);
  }

  const locked: SettingKey[] = [];
  const lockedRaw = policy.lockedSettings;
  if (lockedRaw !== undefined) {
    if (!Array.isArray(lockedRaw)) {
      issues.push({
        key: 'lockedSettings',
        given: show(lockedRaw),
        problem: { kind: 'type', expected: 'a list of setting names' },
        using: '[]',
      });
    } else {
      for (const name of lockedRaw) {
        if (typeof name === 'string' && name in SETTINGS_SPEC) locked.push(name as SettingKey);
        else
          issues.push({
            key: 'lockedSettings',
            given: show(name),
            problem: { kind: 'value', allowed: SETTING_KEYS },
          });
      }
    }
  }

  const user = coerceOverrides(userRaw);
  const out = { ...structuredClone(DEFAULT_SETTINGS) } as Record<SettingKey, unknown>;
  for (const k of SETTING_KEYS) {
    if (k in fromPolicy) out[k] = fromPolicy[k];
    if (k in user && !locked.includes(k)) out[k] = user[k];
  }
  const settings = out as Settings;
  for (const i of issues) {
    if (i.problem.kind !== 'unknown-key' && i.key in SETTINGS_SPEC && i.using === undefined)
      i.using = show(settings[i.key as SettingKey]);
  }
  return { settings, locked: [...new Set(locked)], managed, policyIssues: issues };
}
