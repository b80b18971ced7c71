/** No lost updates: concurrent writes from several pages all land, in order, in the worker. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, setSettings } from '../../../lib/worker/settings-store';
import { readExerciseStore, updateExerciseStore } from '../../../lib/worker/exercise-store';
import { applyExerciseOp, parseExerciseOp } from '../../../lib/exercises/store';

beforeEach(() => fakeBrowser.reset());

describe('the worker write queue', () => {
  it('four settings saves at once are all kept', async () => {
    await Promise.all([
      setSettings({ microBreakEveryMin: 25 }),
      setSettings({ snoozeMin: 7 }),
      setSettings({ strictness: 'firm' }),
      setSettings({ retentionDays: 90 }),
    ]);
    const { settings } = await getSettings();
    expect([settings.microBreakEveryMin, settings.snoozeMin]).toEqual([25, 7]);
    expect([settings.strictness, settings.retentionDays]).toEqual(['firm', 90]);
  });

  it('exercise updates from two pages at once are all kept', async () => {
    await Promise.all([
      updateExerciseStore({ op: 'neck-session', session: { at: 1, level: 0, repsDone: 3 } }),
      updateExerciseStore({ op: 'neck-session', session: { at: 2, level: 1, repsDone: 4 } }),
      updateExerciseStore({ op: 'remove', id: 'chin-tuck' }),
      updateExerciseStore({ op: 'safety-ack', at: 5 }),
    ]);
    const s = await readExerciseStore();
    expect(s.neckLog.map((x) => x.at)).toEqual([1, 2]);
    expect(s.removed).toEqual(['chin-tuck']);
    expect(s.safetyAckAt).toBe(5);
  });
});

describe('exercise operations', () => {
  const empty = { safetyAckAt: null, removed: [], neckLog: [], introduced: [] };
  it.each([
    [{ op: 'remove', id: 'not-an-exercise' }, null],
    [{ op: 'safety-ack', at: 'soon' }, null],
    [{ op: 'neck-session', session: { at: 1, level: 0.5, repsDone: 1 } }, null],
    [{ op: 'drop-table' }, null],
    [
      { op: 'restore', id: 'chin-tuck' },
      { op: 'restore', id: 'chin-tuck' },
    ],
    [
      { op: 'introduce', ids: ['chin-tuck', 'nope'] },
      { op: 'introduce', ids: ['chin-tuck'] },
    ],
    [{ op: 'introduce', ids: 'chin-tuck' }, null],
  ])('parses %j as %j', (raw, want) => expect(parseExerciseOp(raw)).toEqual(want));

  it('a neck session logged twice (a resent message) counts once', () => {
    const op = { op: 'neck-session', session: { at: 9, level: 0, repsDone: 2 } } as const;
    expect(applyExerciseOp(applyExerciseOp(empty, op), op).neckLog).toHaveLength(1);
  });

  it('introducing exercises adds each once, keeping those already introduced', () => {
    const once = applyExerciseOp(empty, { op: 'introduce', ids: ['chin-tuck'] });
    const twice = applyExerciseOp(once, { op: 'introduce', ids: ['chin-tuck', 'shoulder-rolls'] });
    expect(twice.introduced).toEqual(['chin-tuck', 'shoulder-rolls']);
  });
});
