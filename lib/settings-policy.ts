/**
 * Merge of defaults, organization policy (managed storage) and the person's own choices.
 * Pure. Policy values are coerced like any input; an invalid one is ignored and reported, never
 * half-applied and never silent.
 */
import { SETTINGS_SPEC, SETTING_KEYS, type SettingKey, type Settings } from './settings-schema';
import {
  DEFAULT_SETTINGS,
  coerceOverrides,
  coerceValue,
  isRecord,
  type CoerceProblem,
} from './settings';
import { LIMITABLE_KEYS, POLICY_META_KEYS, intSpec, type LimitableKey } from './managed-schema';

export type PolicyProblem =
  | CoerceProblem
  | { kind: 'unknown-key' }
  /** A `limits` entry whose min is above its max; the entry is ignored. */
  | { kind: 'min-above-max'; min: number; max: number }
  /** `cameraEnabled: true` in `lockedSettings`: an organization can forbid the camera, never force it on. */
  | { kind: 'camera-lock' };

export interface PolicyIssue {
  /** Where in the policy: a setting key, `lockedSettings`, or a path like `limits.maxSnoozes.max`. */
  key: string;
  /** The value the organization gave, as JSON text (truncated to 80 characters). */
  given: string;
  problem: PolicyProblem;
  /** What is used instead, as JSON text; absent when nothing replaces it (unknown keys, locks). */
  using?: string;
}

/** Inclusive bounds, in the setting's own unit. */
export interface SettingLimit {
  min: number;
  max: number;
}
export type SettingLimits = Partial<Record<LimitableKey, SettingLimit>>;

export interface ResolvedSettings {
  settings: Settings;
  /** Keys the organization locked: the person cannot change them. */
  locked: SettingKey[];
  /** Keys the organization set a valid value for (locked or not). */
  managed: SettingKey[];
  /** Bounds the organization narrowed; the person's values are clamped into them. */
  limits: SettingLimits;
  policyIssues: PolicyIssue[];
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isSettingKey = (k: unknown): k is SettingKey =>
  typeof k === 'string' && has(SETTINGS_SPEC, k);

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Validates `policy.limits`: each bound must be a valid value of its setting, min <= max. */
function resolveLimits(raw: unknown, issues: PolicyIssue[]): SettingLimits {
  const limits: SettingLimits = {};
  if (raw === undefined) return limits;
  if (!isRecord(raw)) {
    issues.push({ key: 'limits', given: show(raw), problem: { kind: 'type', expected: 'object' } });
    return limits;
  }
  for (const [key, entry] of Object.entries(raw)) {
    const path = `limits.${key}`;
    if (!(LIMITABLE_KEYS as readonly string[]).includes(key)) {
      issues.push({ key: path, given: show(entry), problem: { kind: 'unknown-key' } });
      continue;
    }
    const k = key as LimitableKey;
    const spec = intSpec(k);
    if (!isRecord(entry)) {
      issues.push({ key: path, given: show(entry), problem: { kind: 'type', expected: 'object' } });
      continue;
    }
    const bound = { min: spec.min, max: spec.max };
    for (const [side, v] of Object.entries(entry)) {
      if (side !== 'min' && side !== 'max') {
        issues.push({ key: `${path}.${side}`, given: show(v), problem: { kind: 'unknown-key' } });
        continue;
      }
      const { value, problem } = coerceValue(spec, v);
      if (problem || typeof value !== 'number')
        issues.push({
          key: `${path}.${side}`,
          given: show(v),
          problem: problem ?? { kind: 'type', expected: 'a number' },
          using: String(spec[side]),
        });
      else bound[side] = value;
    }
    if (bound.min > bound.max)
      issues.push({
        key: path,
        given: show(entry),
        problem: { kind: 'min-above-max', ...bound },
        using: show({ min: spec.min, max: spec.max }),
      });
    else if (bound.min !== spec.min || bound.max !== spec.max) limits[k] = bound;
  }
  return limits;
}

function resolveLocks(raw: unknown, issues: PolicyIssue[]): SettingKey[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({
      key: 'lockedSettings',
      given: show(raw),
      problem: { kind: 'type', expected: 'a list of setting names' },
      using: '[]',
    });
    return [];
  }
  const locked: SettingKey[] = [];
  for (const name of raw) {
    if (isSettingKey(name)) locked.push(name);
    else
      issues.push({
        key: 'lockedSettings',
        given: show(name),
        problem: { kind: 'value', allowed: SETTING_KEYS },
      });
  }
  return [...new Set(locked)];
}

/**
 * Effective settings: defaults, then valid policy values, then the person's own choices for keys
 * the organization did not lock; finally every number is clamped into the organization's limits.
 * @param userRaw the stored user overrides (any shape; coerced here)
 * @param managedRaw the managed-storage object (any shape; coerced here)
 */
export function resolveSettings(userRaw: unknown, managedRaw: unknown): ResolvedSettings {
  const policy = isRecord(managedRaw) ? managedRaw : {};
  const issues: PolicyIssue[] = [];
  const limits = resolveLimits(policy.limits, issues);
  const fromPolicy: Partial<Record<SettingKey, unknown>> = {};
  const managed: SettingKey[] = [];

  for (const [key, raw] of Object.entries(policy)) {
    if ((POLICY_META_KEYS as readonly string[]).includes(key)) continue;
    if (!isSettingKey(key)) {
      issues.push({ key, given: show(raw), problem: { kind: 'unknown-key' } });
      continue;
    }
    const { value, problem } = coerceValue(SETTINGS_SPEC[key], raw);
    const limit = limits[key as LimitableKey];
    if (problem) {
      issues.push({ key, given: show(raw), problem });
      continue;
    }
    if (limit && typeof value === 'number' && (value < limit.min || value > limit.max)) {
      // The organization's own value contradicts its own limits: the limits win.
      issues.push({ key, given: show(raw), problem: { kind: 'range', ...limit } });
      continue;
    }
    fromPolicy[key] = value;
    managed.push(key);
  }

  let locked = resolveLocks(policy.lockedSettings, issues);
  const cameraValue = fromPolicy.cameraEnabled ?? DEFAULT_SETTINGS.cameraEnabled;
  if (locked.includes('cameraEnabled') && cameraValue !== false) {
    issues.push({
      key: 'cameraEnabled',
      given: show(cameraValue),
      problem: { kind: 'camera-lock' },
    });
    locked = locked.filter((k) => k !== 'cameraEnabled');
  }

  const user = coerceOverrides(userRaw) as Partial<Record<SettingKey, unknown>>;
  const out = structuredClone(DEFAULT_SETTINGS) as Record<SettingKey, unknown>;
  for (const k of SETTING_KEYS) {
    if (has(fromPolicy, k)) out[k] = fromPolicy[k];
    if (has(user, k) && !locked.includes(k)) out[k] = user[k];
  }
  for (const [k, limit] of Object.entries(limits) as [LimitableKey, SettingLimit][])
    out[k] = Math.min(limit.max, Math.max(limit.min, out[k] as number));
  const settings = out as Settings;
  for (const i of issues)
    if (i.using === undefined && isSettingKey(i.key) && i.problem.kind !== 'camera-lock')
      i.using = show(settings[i.key]);
  return { settings, locked, managed, limits, policyIssues: issues };
}

/** Locale key and substitutions for one issue; every `policy*` key exists in en, es and de. */
export interface IssueText {
  key: string;
  params: string[];
}

/**
 * Pure: how the options page words an issue ("Your organization's value for X was not valid (Y);
 * using Z"). Pass the result to `i18n.t(key, params)`.
 */
export function describePolicyIssue(issue: PolicyIssue): IssueText {
  const { key, given, problem } = issue;
  const using = issue.using ?? '';
  switch (problem.kind) {
    case 'unknown-key':
      return { key: 'policyUnknownKey', params: [key] };
    case 'camera-lock':
      return { key: 'policyCameraLock', params: [] };
    case 'min-above-max':
      return {
        key: 'policyLimitOrder',
        params: [key, String(problem.min), String(problem.max), using],
      };
    case 'range':
      return {
        key: 'policyOutOfRange',
        params: [key, given, String(problem.min), String(problem.max), using],
      };
    case 'value':
      if (key === 'lockedSettings') return { key: 'policyLockUnknown', params: [given] };
      return { key: 'policyNotAllowed', params: [key, given, problem.allowed.join(', '), using] };
    case 'type': {
      if (key === 'lockedSettings') return { key: 'policyLockNotList', params: [given] };
      const kind = isSettingKey(key)
        ? SETTINGS_SPEC[key].kind
        : /\.(min|max)$/.test(key)
          ? 'int'
          : 'object';
      const msg =
        kind === 'bool'
          ? 'policyNotBoolean'
          : kind === 'int'
            ? 'policyNotNumber'
            : kind === 'object'
              ? 'policyNotLimit'
              : 'policyNotList';
      return { key: msg, params: [key, given, using] };
    }
  }
}
