/** Shared test data for page tests. */
import type { AppStatus } from '../../../lib/messages';
import type { ResolvedSettings } from '../../../lib/settings-policy';
import { historyHandlers } from '../../../lib/worker/history-handlers';
import { dataHandlers } from '../../../lib/worker/data-handlers';
import { backupHandlers } from '../../../lib/worker/backup-handlers';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { Settings } from '../../../lib/settings-schema';

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
    unsavedHistory: 0,
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

/**
 * A stand-in for the service worker in page tests: history messages go to the real handlers (on
 * fakeBrowser storage), `status:get` answers `status()`, everything else goes to `other`.
 */
export function backgroundStub(
  settings: () => Settings,
  other: (name: string, data: never) => unknown = () => resolved(),
) {
  const direct = <T>(task: () => Promise<T>) => task();
  const handlers = {
    ...historyHandlers(async () => settings()),
    ...dataHandlers({ exclusive: direct }, { exclusive: direct }, async () => undefined),
    ...backupHandlers({ exclusive: direct }, { exclusive: direct }, async () => undefined),
  } as Record<string, (d: unknown) => unknown>;
  return async (name: string, data: never): Promise<unknown> => {
    const h = handlers[name];
    if (h) return h(data);
    if (name === 'status:get') return status();
    return other(name, data);
  };
}
