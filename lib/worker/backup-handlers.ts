/**
 * `backup:export`, `backup:preview` and `backup:import`: the person's backup file out, and back
 * in. An import is checked completely (lib/backup/validate.ts) before anything is written, planned
 * by the same function as its preview (lib/backup/plan.ts), and written in the worker's one write
 * queue with every writer stopped, like "delete everything"; a page from before a delete is
 * refused at the boundary (`WRITE_NAMES`). It never turns the camera on (lib/backup/guard.ts).
 */
import { browser } from 'wxt/browser';
import { summarizeFile, type BackupCheck } from '../backup/check';
import { backupJson, type OwnedData } from '../backup/format';
import { guardSettings } from '../backup/guard';
import { planImport, type ImportMode } from '../backup/plan';
import { parseBackup } from '../backup/validate';
import { oldestKeptFrom } from '../history/retention';
import type { BackgroundProtocol } from '../messages';
import type { Handlers } from '../platform/messaging';
import { STORAGE } from '../platform/registry';
import { resolveSettings } from '../settings-policy';
import { readOwned, writeOwned } from './backup-store';
import type { Exclusive } from './data-handlers';
import { peekTrustedDay } from './history-guards';
import { getSettings, readManaged } from './settings-store';
import { enqueueWrite } from './write-queue';

type BackupNames = 'backup:export' | 'backup:preview' | 'backup:import';

/** The check of `text` and, for a good file, the data after importing it. Writes nothing. */
async function plan(
  text: string,
  mode: ImportMode,
  now: number,
): Promise<{ check: BackupCheck; next?: OwnedData }> {
  const parsed = parseBackup(text, now);
  if (!parsed.ok) return { check: parsed };
  const [here, resolved, managed, today] = await Promise.all([
    readOwned(),
    getSettings(),
    readManaged(),
    peekTrustedDay(now),
  ]);
  const cameraOn = resolved.settings.cameraEnabled;
  const settings = guardSettings(parsed.data.settings, here.settings, {
    locked: resolved.locked,
    cameraOn,
  });
  const file = { ...parsed.data, settings };
  const { next, preview } = planImport(here, file, mode, {
    // Days older than the history kept after the import would be deleted at once.
    oldestKept: (s) => oldestKeptFrom(resolveSettings(s, managed).settings.retentionDays, today),
  });
  const check: BackupCheck = {
    ok: true,
    mode,
    exportedAt: parsed.exportedAt,
    file: summarizeFile(parsed.data),
    preview,
    // The file's settings alone (its choice, or the default) would have the camera on.
    cameraKeptOff:
      !cameraOn && resolveSettings(parsed.data.settings, managed).settings.cameraEnabled,
  };
  return { check, next };
}

/**
 * @param posture, schedule the writers with memory, stopped while an import writes and reset after
 * @param after runs after a successful import (the camera host follows the new settings)
 */
export function backupHandlers(
  posture: Exclusive,
  schedule: Exclusive,
  after: () => Promise<void>,
): Handlers<Pick<BackgroundProtocol, BackupNames>> {
  return {
    'backup:export': () =>
      enqueueWrite(async () => {
        const data = await readOwned();
        return { json: backupJson(data, Date.now()), days: data.days.length };
      }),
    'backup:preview': ({ text, mode }) =>
      enqueueWrite(async () => (await plan(text, mode, Date.now())).check),
    'backup:import': async ({ text, mode }) => {
      const check = await posture.exclusive(() =>
        schedule.exclusive(() =>
          enqueueWrite(async () => {
            const { check, next } = await plan(text, mode, Date.now());
            if (!next) return check;
            await writeOwned(next);
            // Replaced calibration: the live posture session starts over, as after a delete.
            if (mode === 'replace')
              await browser.storage.session.remove(STORAGE.postureSession.key);
            return check;
          }),
        ),
      );
      if (check.ok) await after();
      return check;
    },
  };
}
