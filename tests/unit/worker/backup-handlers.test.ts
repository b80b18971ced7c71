/**
 * Backup and restore through the worker's real stores (fake browser storage): the export holds
 * everything the person owns, an import puts it back (replace or merge), a preview writes nothing,
 * a bad file changes nothing, and an import never turns the camera on.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackupCheck } from '../../../lib/backup/check';
import { BACKUP_VERSION } from '../../../lib/backup/format';
import { parseBackup } from '../../../lib/backup/validate';
import { dayKey, emptyDay, shiftDay } from '../../../lib/history/day';
import type { Envelope } from '../../../lib/messages';
import { STORAGE } from '../../../lib/platform/registry';
import { backupHandlers } from '../../../lib/worker/backup-handlers';
import { STALE_PAGE, dataHandlers, refuseStaleWrite } from '../../../lib/worker/data-handlers';
import { readEpoch } from '../../../lib/worker/data-epoch';
import { readExerciseStore, updateExerciseStore } from '../../../lib/worker/exercise-store';
import { readHistory, recordHistory } from '../../../lib/worker/history-store';
import { readBaselines } from '../../../lib/worker/posture-store';
import { getSettings, readOwnSettings, setSettings } from '../../../lib/worker/settings-store';
import { DAY_MS, NOW, baseline, fileWith } from '../backup/sample';

const TODAY = dayKey(NOW);
const order: string[] = [];
const writer = (name: string) => ({
  exclusive: async <T>(task: () => Promise<T>) => {
    order.push(`${name} stops`);
    const out = await task();
    order.push(`${name} resets`);
    return out;
  },
});
const after = vi.fn(async () => undefined);
const h = backupHandlers(writer('posture'), writer('schedule'), after);
const clear = dataHandlers(writer('posture'), writer('schedule'), async () => undefined);

const everything = async () =>
  JSON.stringify({
    local: await fakeBrowser.storage.local.get(null),
    session: await fakeBrowser.storage.session.get(null),
  });

/** A person's data: settings, two days with a diary entry, a camera, exercise progress, desk. */
async function seed() {
  await setSettings({ strictness: 'firm', snoozeMin: 7, diaryEnabled: true });
  await recordHistory({ type: 'nudge' }, NOW, 180);
  await recordHistory({ type: 'break', outcome: 'taken' }, NOW - DAY_MS, 180);
  await recordHistory(
    { type: 'diary', day: TODAY, intensity: 4, note: 'after lunch', details: {} },
    NOW,
    180,
  );
  await fakeBrowser.storage.local.set({ baselines: { cam1: baseline() } });
  await updateExerciseStore({ op: 'remove', id: 'chin-tuck' });
  await updateExerciseStore({
    op: 'neck-session',
    session: { at: NOW - 60_000, level: 1, repsDone: 8 },
  });
  await fakeBrowser.storage.local.set({ 'deskcheck:v1': { last: null, previous: null } });
}

const ok = (c: BackupCheck) => {
  if (!c.ok) throw new Error(`refused: ${c.error.code} ${c.error.where}`);
  return c;
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  order.length = 0;
  after.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('backup:export', () => {
  it('holds everything the person owns, in a file the validator accepts', async () => {
    await seed();
    const { json, days } = await h['backup:export']({});
    expect(days).toBe(2);
    const back = parseBackup(json, NOW);
    if (!back.ok) throw new Error(back.error.code);
    expect(back.data.settings).toEqual({ strictness: 'firm', snoozeMin: 7, diaryEnabled: true });
    expect(back.data.days.map((d) => [d.day, d.nudges, d.headache?.intensity])).toEqual([
      [shiftDay(TODAY, -1), 0, undefined], // a break taken
      [TODAY, 1, 4],
    ]);
    expect(back.data.baselines).toEqual({ cam1: baseline() });
    expect(back.data.exercises).toEqual(await readExerciseStore());
    expect(back.data.exercises.removed).toEqual(['chin-tuck']);
    expect(JSON.parse(json)).toMatchObject({ app: 'chin-up', backupVersion: BACKUP_VERSION });
  });
});

describe('backup:import', () => {
  it('replace after "delete everything" puts every store back', async () => {
    await seed();
    const { json } = await h['backup:export']({});
    const before = {
      days: await readHistory(),
      ex: await readExerciseStore(),
      own: await readOwnSettings(),
    };
    await clear['data:clear']({});
    expect(await readHistory()).toEqual([]);

    const res = ok(await h['backup:import']({ text: json, mode: 'replace' }));
    expect(res.preview.days).toEqual({ added: 2, changed: 0, removed: 0, tooOld: 0 });
    expect(res.file).toEqual({ days: 2, diary: 1, cameras: 1, exercises: true, desk: false });
    expect(await readHistory()).toEqual(before.days);
    expect(await readExerciseStore()).toEqual(before.ex);
    expect(await readBaselines()).toEqual({ cam1: baseline() });
    expect(await readOwnSettings()).toEqual(before.own);
    // WXT's version record is written with the value, so no migration runs again on it.
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
    expect(after).toHaveBeenCalledOnce();
  });

  it('runs with every writer stopped, in the order "delete everything" uses', async () => {
    await h['backup:import']({ text: fileWith(), mode: 'merge' });
    expect(order).toEqual(['posture stops', 'schedule stops', 'schedule resets', 'posture resets']);
  });

  it('replace removes days not in the file and starts the live posture session over', async () => {
    await recordHistory({ type: 'nudge' }, NOW, 180);
    await fakeBrowser.storage.session.set({ [STORAGE.postureSession.key]: { engine: {} } });
    ok(await h['backup:import']({ text: fileWith(), mode: 'replace' }));
    expect((await readHistory()).map((d) => d.day)).toEqual(['2026-03-08', '2026-03-09']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('merge keeps what is here, days not in the file included, and adds what is missing', async () => {
    await setSettings({ strictness: 'gentle' });
    await recordHistory({ type: 'nudge' }, NOW, 180);
    await recordHistory({ type: 'nudge' }, NOW - DAY_MS, 180); // 2026-03-09, also in the file
    const res = ok(await h['backup:import']({ text: fileWith(), mode: 'merge' }));
    const days = await readHistory();
    expect(days.map((d) => d.day)).toEqual(['2026-03-08', '2026-03-09', TODAY]);
    expect(days[1]).toMatchObject({ nudges: 1, breaksTaken: 0, headache: { intensity: 4 } });
    expect(days[2]!.nudges).toBe(1);
    expect(await readOwnSettings()).toEqual({ strictness: 'gentle', retentionDays: 90 });
    expect(res.preview.days).toEqual({ added: 1, changed: 1, removed: 0, tooOld: 0 });
    expect(res.preview.settings).toEqual(['retentionDays']);
  });

  it('leaves out days older than the history kept afterwards, and counts them', async () => {
    const text = fileWith((f) => {
      (f.settings as Record<string, unknown>).retentionDays = 7; // from 2026-03-04
      (f.days as object[]).unshift(emptyDay('2026-03-01'));
    });
    const res = ok(await h['backup:import']({ text, mode: 'replace' }));
    expect(res.preview.days.tooOld).toBe(1);
    expect((await readHistory()).map((d) => d.day)).toEqual(['2026-03-08', '2026-03-09']);
  });

  it.each([
    ['not JSON', 'this is not json', 'not-json'],
    ['a newer version', fileWith((f) => (f.backupVersion = BACKUP_VERSION + 1)), 'newer-version'],
    ['a __proto__ key', fileWith().replace('{', '{"__proto__": {"x": 1},'), 'forbidden-key'],
    ['a count as text', fileWith((f) => ((f.days as object[])[0] = { day: 'x' })), 'wrong-type'],
  ])('%s: a clear error, and storage is unchanged byte for byte', async (_n, text, code) => {
    await seed();
    const before = await everything();
    for (const mode of ['replace', 'merge'] as const) {
      const res = await h['backup:import']({ text, mode });
      expect(res.ok ? null : res.error.code).toBe(code);
      expect(await everything()).toBe(before);
    }
    expect(after).not.toHaveBeenCalled();
  });

  it('storage refusing the write (full) changes nothing', async () => {
    await seed();
    const before = await everything();
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('quota'));
    await expect(h['backup:import']({ text: fileWith(), mode: 'replace' })).rejects.toThrow(
      'quota',
    );
    set.mockRestore();
    expect(await everything()).toBe(before);
  });

  it('is refused from a page opened before "delete everything"', async () => {
    const { epoch: first } = await clear['data:clear']({});
    await clear['data:clear']({});
    const msg = { to: 'background', name: 'backup:import', data: {}, epoch: first } as Envelope;
    expect(await refuseStaleWrite(msg)).toBe(STALE_PAGE);
  });
});

describe('an import never turns the camera on', () => {
  const cameraOn = fileWith((f) => ((f.settings as Record<string, unknown>).cameraEnabled = true));

  it('after "delete everything": the camera stays off, the consent stays withdrawn', async () => {
    await clear['data:clear']({});
    const res = ok(await h['backup:import']({ text: cameraOn, mode: 'replace' }));
    expect(res.cameraKeptOff).toBe(true);
    expect(res.preview.settings).not.toContain('cameraEnabled');
    expect((await getSettings()).settings.cameraEnabled).toBe(false);
    expect((await readEpoch())?.cameraConsent).toBe(false);
    expect((await getSettings()).settings.strictness).toBe('firm'); // the rest is imported
    // A file that never chose (the default: on) says so too.
    expect(ok(await h['backup:preview']({ text: fileWith(), mode: 'merge' })).cameraKeptOff).toBe(
      true,
    );
  });

  it('a person who chose reminders only keeps that choice', async () => {
    await setSettings({ cameraEnabled: false });
    for (const mode of ['replace', 'merge'] as const) {
      const res = ok(await h['backup:import']({ text: cameraOn, mode }));
      expect(res.cameraKeptOff).toBe(true);
      expect((await getSettings()).settings.cameraEnabled).toBe(false);
    }
  });

  it('with the camera on, a file may turn it off', async () => {
    const off = fileWith((f) => ((f.settings as Record<string, unknown>).cameraEnabled = false));
    const res = ok(await h['backup:import']({ text: off, mode: 'replace' }));
    expect(res.cameraKeptOff).toBe(false);
    expect((await getSettings()).settings.cameraEnabled).toBe(false);
  });

  it('settings the organization locks stay as they are', async () => {
    await fakeBrowser.storage.managed.set({ strictness: 'gentle', lockedSettings: ['strictness'] });
    await setSettings({ snoozeMin: 9 });
    const res = ok(await h['backup:import']({ text: fileWith(), mode: 'replace' }));
    expect(res.preview.settings.sort()).toEqual(['retentionDays', 'snoozeMin']);
    expect(await readOwnSettings()).toEqual({ retentionDays: 90 });
  });
});

describe('backup:preview', () => {
  it('says what would change and writes nothing', async () => {
    await seed();
    const before = await everything();
    const res = ok(await h['backup:preview']({ text: fileWith(), mode: 'replace' }));
    expect(res.preview.days).toEqual({ added: 1, changed: 1, removed: 1, tooOld: 0 });
    expect(res.preview.settings.sort()).toEqual(['diaryEnabled', 'retentionDays', 'snoozeMin']);
    expect(res.preview.baselines).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(res.exportedAt).toBe(NOW - DAY_MS);
    expect(await everything()).toBe(before);
  });
});
