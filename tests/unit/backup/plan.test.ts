// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/backup/plan';
import { emptyDay } from '../../../lib/history/day';
import { baseline, owned } from './sample';

const ctx = { oldestKept: () => '2026-01-01' };

function here() {
  const h = owned();
  h.settings = { strictness: 'gentle', language: 'de' };
  h.days = [{ ...owned().days[1]!, headache: undefined, breaksTaken: 9 }, emptyDay('2026-03-10')];
  h.baselines = { cam2: baseline() };
  h.exercises = { safetyAckAt: null, removed: [], neckLog: [], introduced: ['neck-stretch'] };
  return h;
}

describe('planImport', () => {
  it('replace: what is here becomes the file, and the preview counts every change', () => {
    const { next, preview } = planImport(here(), owned(), 'replace', ctx);
    expect(next).toEqual(owned());
    expect(preview.days).toEqual({ added: 1, changed: 1, removed: 1, tooOld: 0 });
    expect(preview.settings.sort()).toEqual(['language', 'retentionDays', 'strictness']);
    expect(preview.baselines).toEqual({ added: 1, changed: 0, removed: 1 });
    expect(preview.exercises).toBe(true);
  });

  it('merge: what is here stays; missing days, a missing diary entry, settings, cameras are added', () => {
    const { next, preview } = planImport(here(), owned(), 'merge', ctx);
    expect(next.settings).toEqual({ retentionDays: 90, strictness: 'gentle', language: 'de' });
    expect(next.days.map((d) => d.day)).toEqual(['2026-03-08', '2026-03-09', '2026-03-10']);
    const kept = next.days[1]!;
    expect(kept.breaksTaken).toBe(9); // this device's counts win
    expect(kept.headache?.intensity).toBe(4); // the diary entry it lacked comes from the file
    expect(Object.keys(next.baselines).sort()).toEqual(['cam1', 'cam2']);
    expect(next.exercises.introduced).toEqual(['neck-stretch', 'chin-tuck']);
    expect(next.exercises.removed).toEqual(['shoulder-rolls']);
    expect(preview.days).toEqual({ added: 1, changed: 1, removed: 0, tooOld: 0 });
    expect(preview.baselines).toEqual({ added: 1, changed: 0, removed: 0 });
  });

  it('days older than the history kept afterwards are left out and counted', () => {
    const { next, preview } = planImport(here(), owned(), 'replace', {
      oldestKept: (s) => (s.retentionDays === 90 ? '2026-03-09' : '2000-01-01'),
    });
    expect(next.days.map((d) => d.day)).toEqual(['2026-03-09']);
    expect(preview.days.tooOld).toBe(1);
  });

  it('importing the same data again changes nothing', () => {
    const { preview } = planImport(owned(), owned(), 'merge', ctx);
    expect(preview).toEqual({
      days: { added: 0, changed: 0, removed: 0, tooOld: 0 },
      settings: [],
      baselines: { added: 0, changed: 0, removed: 0 },
      exercises: false,
      desk: false,
    });
  });
});
