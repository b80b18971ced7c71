/** The next break the popup shows, including today's neck training in its window. */
import { describe, expect, it } from 'vitest';
import { fixedOffsetLocalTime } from '../../../lib/schedule/local-time';
import { initialState } from '../../../lib/schedule/state';
import { nextBreak } from '../../../lib/schedule/summary';
import type { ScheduleState } from '../../../lib/schedule/types';
import { MIN, T0, settingsWith } from './sim';

const local = fixedOffsetLocalTime(0);
const micro = settingsWith({ movementBreakEnabled: false }); // micro every 20 min, neck 10:00-16:00
/** The state at `at` (T0 is Monday 09:00 UTC) after `activeMin` active minutes since the last break. */
const at = (t: number, activeMin: number, patch: Partial<ScheduleState> = {}) => ({
  ...initialState(t, local(t).day),
  activeMicroMs: activeMin * MIN,
  ...patch,
});

describe('nextBreak', () => {
  it('inside the window, neck training comes once it has its 10 active minutes', () => {
    const t = T0 + 90 * MIN; // 10:30
    expect(nextBreak(at(t, 4), micro, t, local)).toEqual({
      at: t + 6 * MIN,
      kind: 'neck-training',
    });
  });

  it('before the window, it comes when the window opens, unless another break comes first', () => {
    const t = T0 + 50 * MIN; // 09:50, 15 active minutes: the micro break at 09:55 comes first
    expect(nextBreak(at(t, 15), micro, t, local)).toEqual({ at: t + 5 * MIN, kind: 'micro' });
    const noMicro = settingsWith({ movementBreakEnabled: false, microBreakEnabled: false });
    expect(nextBreak(at(t, 15), noMicro, t, local)).toEqual({
      at: T0 + 60 * MIN,
      kind: 'neck-training',
    });
  });

  it('not when done today, switched off, after its window, or without the local time', () => {
    const t = T0 + 90 * MIN;
    const micro15 = { at: t + 15 * MIN, kind: 'micro' };
    expect(nextBreak(at(t, 5, { neckDay: '2026-01-05' }), micro, t, local)).toEqual(micro15);
    const off = settingsWith({ movementBreakEnabled: false, neckTrainingEnabled: false });
    expect(nextBreak(at(t, 5), off, t, local)).toEqual(micro15);
    const late = T0 + 7 * 60 * MIN + 55 * MIN; // 15:55: ten active minutes end after 16:00
    expect(nextBreak(at(late, 5), micro, late, local)?.kind).toBe('micro');
    expect(nextBreak(at(t, 5), micro, t)).toEqual(micro15);
  });
});
