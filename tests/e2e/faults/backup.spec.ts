/**
 * Backup and restore through the options page, as a person does it: save a backup file, delete
 * everything, import it back (replace); a bad file says why and changes nothing; a merge keeps what
 * is here. Checked in storage and on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect, sendFromPage } from '../fixtures';
import { axeAndShoot } from '../page-check';
import { dayKey } from '../../../lib/history/day';
import { PAST_DAY, PAST_DAY_KEY, getKey, openRemindersOnly, worker } from './faults';

const DEVICE = 'e2e-camera';
const TODAY = () => dayKey(Date.now());

/** 40 frames of a real person's neutral pose (a recorded fixture), a little jitter each. */
function calibrationFrames() {
  const file = join(process.cwd(), 'tests/fixtures/landmarks/faceapi-webcam.json');
  const { frame } = JSON.parse(readFileSync(file, 'utf8')) as {
    frame: { poses: { x: number; y: number }[][] } & Record<string, unknown>;
  };
  return Array.from({ length: 40 }, (_, i) => ({
    ...frame,
    t: 1000 + i * 100,
    poses: frame.poses.map((p) =>
      p.map((l) => ({ ...l, x: l.x + ((i % 5) - 2) * 0.001, y: l.y + ((i % 3) - 1) * 0.001 })),
    ),
  }));
}

/** Settings, history with the diary, exercise progress and a calibration, as the pages set them. */
async function personData(page: Page) {
  await sendFromPage(page, 'settings:set', {
    patch: { strictness: 'firm', snoozeMin: 7, diaryEnabled: true, insightsEnabled: true },
  });
  await sendFromPage(page, 'history:diary', { day: PAST_DAY, intensity: 6, note: 'long call' });
  await sendFromPage(page, 'history:diary', { day: TODAY(), intensity: 3 });
  await sendFromPage(page, 'history:exercise', {
    id: 'chin-tuck',
    reps: 8,
    holdSec: 5,
    durationSec: 60,
  });
  await sendFromPage(page, 'exercise:update', { op: { op: 'remove', id: 'shoulder-rolls' } });
  await sendFromPage(page, 'exercise:update', {
    op: { op: 'neck-session', session: { at: Date.now() - 60_000, level: 1, repsDone: 8 } },
  });
  const cal = await sendFromPage<{ ok: boolean; reason?: string }>(page, 'calibration:save', {
    deviceId: DEVICE,
    frames: calibrationFrames(),
  });
  expect(cal).toEqual({ ok: true });
}

/** Saves a backup through the page's button; the file's path. */
async function saveBackup(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  await expect(page.getByTestId('backup-status')).toContainText('Backup file saved');
  return (await file.path())!;
}

/**
 * Picks a file as a person does: the page's own "Choose a file" button (in the page's language)
 * opens the browser's file chooser, which gets the file; the page then shows the file's name.
 */
async function pickFile(page: Page, file: string | { name: string; text: string }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('backup-pick').click(),
  ]);
  if (typeof file === 'string') await chooser.setFiles(file);
  else
    await chooser.setFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
  const name = typeof file === 'string' ? (file.split('/').pop() ?? '') : file.name;
  await expect(page.getByTestId('backup-file-name')).toHaveText(name);
}

async function importWith(page: Page, mode: 'Merge' | 'Replace') {
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Yes, import' }).click();
}

/**
 * Zero serious or critical axe findings at 1280 x 800, light and dark; with CHINUP_SCREENSHOTS=<dir>
 * also a picture of the backup part (the page scrolled to it).
 */
async function checkPage(page: Page, name: string) {
  await axeAndShoot(page, name, { width: 1280, height: 800 });
  const dir = process.env.CHINUP_SCREENSHOTS;
  if (!dir) return;
  await page.getByTestId('backup').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(dir, `${name}-1280x800.png`) });
}

/** Every stored value but the live schedule (its clock ticks; it is not in a backup). */
const stores = (sw: Worker) =>
  sw.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    delete local['schedule:v1'];
    return JSON.stringify({ local, session: await chrome.storage.session.get(null) });
  });

test('backup, delete everything, restore: everything is back, and the camera stays off', async ({
  context,
  openPage,
}) => {
  const page = await openPage('options.html#data');
  await personData(page);
  const sw = () => worker(context);
  const before = {
    past: await getKey(sw(), PAST_DAY_KEY),
    baselines: await getKey(sw(), 'baselines'),
    neck: await getKey(sw(), 'exercise:neckLog'),
  };
  expect(before.past).toMatchObject({ headache: { intensity: 6, note: 'long call' } });
  expect(Object.keys(before.baselines as object)).toEqual([DEVICE]);
  const file = await saveBackup(page);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toMatchObject({ app: 'chin-up', kind: 'backup', backupVersion: 1 });
  expect(saved.settings).toMatchObject({ strictness: 'firm', snoozeMin: 7 });

  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByTestId('data-status')).toHaveText('All data was deleted.');
  expect(await getKey(sw(), PAST_DAY_KEY)).toBeUndefined();

  await expect(page.getByLabel('Restore from a backup file')).toHaveAttribute('type', 'file');
  // Under the name the page saved it with (the download's own path is a random id).
  await pickFile(page, {
    name: `chin-up-backup-${TODAY()}.json`,
    text: readFileSync(file, 'utf8'),
  });
  const preview = page.getByTestId('backup-preview');
  await expect(preview.getByTestId('backup-file-lines')).toContainText('Diary entries: 2');
  await expect(preview.getByTestId('backup-file-lines')).toContainText('Calibrated cameras: 1');
  await expect(preview.getByTestId('backup-changes')).toContainText('Days of history added: 2');
  await expect(preview.getByTestId('backup-camera')).toContainText('The camera stays off');
  await checkPage(page, 'options-backup-preview');
  expect(await getKey(sw(), PAST_DAY_KEY)).toBeUndefined(); // a preview writes nothing
  await importWith(page, 'Replace');

  // The page reloads with the imported settings and says what happened.
  await expect(page.getByTestId('backup-status')).toContainText('Backup restored');
  await expect(page.getByTestId('backup-status')).toContainText('The camera stays off');
  await expect(page.locator('#setting-strictness')).toHaveValue('firm');
  await expect(page.locator('#setting-snoozeMin')).toHaveValue('7');
  expect(await getKey(sw(), PAST_DAY_KEY)).toEqual(before.past);
  expect(await getKey(sw(), `history:v1:${TODAY()}`)).toMatchObject({
    headache: { intensity: 3 },
    exercises: { 'chin-tuck': { reps: 8 } },
  });
  expect(await getKey(sw(), 'baselines')).toEqual(before.baselines);
  expect(await getKey(sw(), 'exercise:neckLog')).toEqual(before.neck);
  expect(await getKey(sw(), 'exercise:removed')).toEqual(['shoulder-rolls']);
  // No consent came with the file: the camera stays off until the person turns it on.
  const { settings } = await sendFromPage<{ settings: { cameraEnabled: boolean } }>(
    page,
    'settings:get',
  );
  expect(settings.cameraEnabled).toBe(false);
  expect(await getKey(sw(), 'data:epoch')).toMatchObject({ cameraConsent: false });
});

test('a bad file shows why and changes nothing, byte for byte', async ({ context, openPage }) => {
  const seed = await openRemindersOnly(openPage);
  await sendFromPage(seed, 'settings:set', { patch: { diaryEnabled: true, snoozeMin: 9 } });
  await sendFromPage(seed, 'history:diary', { day: PAST_DAY, intensity: 5 });
  const page = await openPage('options.html#data');
  const good = readFileSync(await saveBackup(page), 'utf8');
  const sw = worker(context);
  const before = await stores(sw);
  const bad: [string, string, string][] = [
    ['not JSON', 'this is not a backup {', 'not readable as JSON'],
    ['a newer version', good.replace('"backupVersion": 1', '"backupVersion": 99'), 'newer version'],
    [
      'a hostile one',
      good.replace('"settings": {', '"settings": {"__proto__": {"cameraEnabled": true},'),
      'refused for safety',
    ],
  ];
  for (const [name, text, words] of bad) {
    await pickFile(page, { name: `${name}.json`, text });
    await expect(page.getByTestId('backup-error'), name).toContainText(words);
    await expect(page.getByTestId('backup-error'), name).toContainText('Nothing was changed.');
    await expect(page.getByTestId('backup-preview'), name).toHaveCount(0);
    expect(await stores(sw), name).toBe(before);
  }
  await checkPage(page, 'options-backup-error');
  // Sent straight to the worker (no page check in between), it is refused the same way.
  for (const mode of ['replace', 'merge'])
    expect(
      await sendFromPage(page, 'backup:import', { text: bad[2]![1], mode }),
      mode,
    ).toMatchObject({ ok: false, error: { code: 'forbidden-key' } });
  expect(await stores(sw)).toBe(before);
});

test('merge keeps what is here, days not in the file included', async ({ context, openPage }) => {
  const seed = await openRemindersOnly(openPage);
  await sendFromPage(seed, 'settings:set', {
    patch: { diaryEnabled: true, insightsEnabled: true },
  });
  await sendFromPage(seed, 'history:diary', { day: PAST_DAY, intensity: 6, note: 'from the file' });
  const page = await openPage('options.html#data');
  const file = await saveBackup(page);
  // After the backup: the diary entry of the past day is cleared, today gets one of its own.
  await sendFromPage(page, 'history:diary', { day: PAST_DAY, intensity: null });
  await sendFromPage(page, 'history:diary', { day: TODAY(), intensity: 2, note: 'only here' });
  const sw = worker(context);
  expect(await getKey(sw, PAST_DAY_KEY)).not.toHaveProperty('headache');

  await pickFile(page, file);
  await expect(page.getByTestId('backup-changes')).toContainText('Days of history updated: 1');
  await importWith(page, 'Merge');
  await expect(page.getByTestId('backup-status')).toContainText('Backup merged');
  expect(await getKey(sw, PAST_DAY_KEY)).toMatchObject({
    headache: { intensity: 6, note: 'from the file' },
  });
  expect(await getKey(sw, `history:v1:${TODAY()}`)).toMatchObject({
    headache: { intensity: 2, note: 'only here' },
  });
});

test('in German, by keyboard: worded, labelled, and imported with the keys alone', async ({
  context,
  openPage,
}) => {
  const seed = await openRemindersOnly(openPage);
  await sendFromPage(seed, 'settings:set', { patch: { language: 'de', diaryEnabled: true } });
  await sendFromPage(seed, 'history:diary', { day: PAST_DAY, intensity: 4 });
  const { json } = await sendFromPage<{ json: string }>(seed, 'backup:export');
  await sendFromPage(seed, 'history:diary', { day: TODAY(), intensity: 2 }); // not in the file
  const page = await openPage('options.html#data');

  await expect(page.getByTestId('backup-pick')).toHaveText('Datei auswählen…');
  await pickFile(page, { name: 'kaputt.json', text: json.slice(0, 40) });
  await expect(page.getByTestId('backup-error')).toContainText('nicht als JSON lesen');
  await expect(page.getByTestId('backup-error')).toContainText('Es wurde nichts geändert.');
  await checkPage(page, 'options-backup-error-de');

  await pickFile(page, { name: 'sicherung.json', text: json });
  await expect(page.getByTestId('backup-file-lines')).toContainText('Tagebucheinträge: 1');
  const merge = page.getByRole('radio', { name: /^Zusammenführen/ });
  await merge.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Ersetzen/ })).toBeChecked();
  await expect(page.getByTestId('backup-changes')).toContainText('Entfernte Tage im Verlauf: 1');
  await checkPage(page, 'options-backup-preview-de');
  await expect(page.getByRole('radio', { name: /^Ersetzen/ })).toBeFocused(); // kept on a new preview
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Importieren…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ja, importieren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('backup-status')).toContainText('Sicherung wiederhergestellt');
  const sw = worker(context);
  expect(await getKey(sw, `history:v1:${TODAY()}`)).toBeUndefined();
  expect(await getKey(sw, PAST_DAY_KEY)).toMatchObject({ headache: { intensity: 4 } });
});
