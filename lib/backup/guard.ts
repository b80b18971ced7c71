/**
 * What an import must not change, whatever the file says. Pure.
 * - Settings the organization locks: the person cannot change them, so a file cannot either.
 * - The camera, while it is off: an import never turns it on. After "delete everything" the
 *   consent comes from the person in onboarding (or options), and a person who chose reminders
 *   only keeps that choice; the page says the camera stayed off.
 */
import type { SettingKey, Settings } from '../settings-schema';

export interface GuardContext {
  /** Keys the organization locked. */
  locked: readonly SettingKey[];
  /** Whether the camera is on now (the resolved `cameraEnabled`, consent included). */
  cameraOn: boolean;
}

/** The file's settings with every guarded key as it is here (absent here: absent). */
export function guardSettings(
  file: Partial<Settings>,
  here: Partial<Settings>,
  ctx: GuardContext,
): Partial<Settings> {
  const kept: SettingKey[] = [...ctx.locked];
  if (!ctx.cameraOn) kept.push('cameraEnabled');
  const out: Record<string, unknown> = { ...file };
  for (const k of kept) {
    if (Object.prototype.hasOwnProperty.call(here, k)) out[k] = here[k];
    else delete out[k];
  }
  return out as Partial<Settings>;
}
