/**
 * Settings storage: the person's own choices (versioned, migrated, coerced on every read) in
 * storage.local, organization policy from storage.managed, merged by `resolveSettings`.
 */
import { browser } from 'wxt/browser';
import { STORAGE } from '../platform/registry';
import { defineStored } from '../platform/stored-item';
import { SETTINGS_MIGRATIONS, coerceOverrides, isRecord, type Settings } from '../settings';
import { resolveSettings, type ResolvedSettings } from '../settings-policy';
import { giveCameraConsent, readEpoch } from './data-epoch';
import { enqueueWrite } from './write-queue';

type Overrides = Record<string, unknown>;

const userItem = defineStored<Overrides>(STORAGE.settings, {
  fallback: {},
  migrations: Object.fromEntries(
    Object.entries(SETTINGS_MIGRATIONS).map(([v, m]) => [
      v,
      (old: unknown) => m(isRecord(old) ? old : {}),
    ]),
  ),
});

/**
 * Reads organization policy (`STORAGE.policy`: the whole managed area); browsers without managed
 * storage (or no policy) give `{}`.
 */
export async function readManaged(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}

async function readUser(): Promise<unknown> {
  try {
    return await userItem.getValue();
  } catch {
    return {}; // corrupt record: coerce below treats it as no choices; the next write repairs it
  }
}

/** The person's own choices as stored (coerced: known keys with valid values only). */
export async function readOwnSettings(): Promise<Partial<Settings>> {
  return coerceOverrides(await readUser()) as Partial<Settings>;
}

export async function getSettings(): Promise<ResolvedSettings> {
  const [user, managed, epoch] = await Promise.all([readUser(), readManaged(), readEpoch()]);
  const resolved = resolveSettings(user, managed);
  // After "delete everything" the camera stays off until the person turns it on again.
  if (epoch?.cameraConsent === false) resolved.settings.cameraEnabled = false;
  return resolved;
}

/**
 * Applies a patch of the person's own choices. Locked keys and invalid values are dropped
 * (coerced), so the stored record is always valid.
 */
export function setSettings(patch: Partial<Settings>): Promise<ResolvedSettings> {
  // In the worker's one write queue: two saves at once each read the record the other wrote.
  return enqueueWrite(async () => {
    const current = await getSettings();
    const clean = coerceOverrides(patch) as Overrides;
    for (const k of current.locked) delete clean[k];
    const user = (await readOwnSettings()) as Overrides;
    await userItem.setValue({ ...user, ...clean });
    if (clean.cameraEnabled === true) await giveCameraConsent();
    return getSettings();
  });
}

/** Calls `cb` whenever the person's settings or the organization's policy change. */
export function watchSettings(cb: (s: ResolvedSettings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === STORAGE.settings.area && STORAGE.settings.key in changes))
      void getSettings().then(cb);
  });
}
