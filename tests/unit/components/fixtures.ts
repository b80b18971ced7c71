/** Shared test data for page tests. */
import type { AppStatus } from '../../../lib/messages';
import type { ResolvedSettings } from '../../../lib/settings-policy';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

export function status(patch: Partial<AppStatus> = {}): AppStatus {
  return {
    posture: { kind: 'neutral' },
    camera: 'on',
    monitoring: 'on',
    pausedUntil: null,
    nextBreakAt: Date.now() + 12 * 60_000,
    nextBreakKind: 'micro',
    activeBreak: null,
    held: false,
    hasBaseline: true,
    today: { monitoredMin: 95, forwardHeadMin: 19, nudges: 2, breaksTaken: 3 },
    ...patch,
  };
}

export function resolved(patch: Partial<ResolvedSettings> = {}): ResolvedSettings {
  return {
    settings: structuredClone(DEFAULT_SETTINGS),
    locked: [],
    managed: [],
    limits: {},
    policyIssues: [],
    ...patch,
  };
}
