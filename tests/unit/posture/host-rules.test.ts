// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  REOPEN_BREAK_EVEN_MS,
  REOPEN_LEAD_MS,
  hostPlan,
  longGap,
  type HostInput,
} from '../../../lib/posture/host-rules';
import { AWAY_MS, LOW_POWER_FACTOR, STABLE_MS } from '../../../lib/posture/sampling';

/** A fixed clock: 09:30 on a working day, the last frame 2 s ago. */
const NOW = Date.UTC(2026, 11, 1, 9, 30);
const base: HostInput = {
  now: NOW,
  block: null,
  idle: 'active',
  posture: 'neutral',
  lastFrameAt: NOW - 2_000,
  intervalMs: STABLE_MS,
  light: 'brief',
};
const plan = (patch: Partial<HostInput>) => hostPlan({ ...base, ...patch });

describe('hostPlan', () => {
  it.each([
    [{ block: 'off' }, 'off'],
    [{ block: 'paused' }, 'paused'],
    [{ block: 'locked', idle: 'locked' }, 'locked'],
    [{ block: 'outside-hours' }, 'outside-hours'],
    [{ block: 'paused', light: 'steady' }, 'paused'],
  ] as const)('closes at once when the schedule blocks the camera: %o', (patch, reason) => {
    expect(plan(patch)).toEqual({ open: false, reason, reopenAt: null });
  });

  it('closes while nobody is in frame and nobody types, in both light modes, until input returns', () => {
    for (const light of ['brief', 'steady'] as const)
      expect(plan({ idle: 'idle', posture: 'away', intervalMs: AWAY_MS, light })).toEqual({
        open: false,
        reason: 'idle-away',
        reopenAt: null,
      });
    // Somebody reading without typing is still watched; so is an empty chair while someone types.
    expect(plan({ idle: 'idle', posture: 'neutral' }).open).toBe(true);
    expect(plan({ idle: 'active', posture: 'away', intervalMs: AWAY_MS }).open).toBe(true);
  });

  it('stays open between the engine samples that reopening would cost more than keeping', () => {
    for (const intervalMs of [4_000, STABLE_MS, AWAY_MS, AWAY_MS * LOW_POWER_FACTOR])
      expect(plan({ intervalMs, posture: 'away' })).toMatchObject({
        open: true,
        reason: 'sampling',
      });
    expect(longGap(AWAY_MS * LOW_POWER_FACTOR)).toBe(false);
  });

  it('closes for a gap past the break-even and reopens shortly before the sample is due', () => {
    const last = NOW - 10_000;
    const intervalMs = REOPEN_BREAK_EVEN_MS;
    const due = last + intervalMs - REOPEN_LEAD_MS;
    expect(plan({ lastFrameAt: last, intervalMs })).toEqual({
      open: false,
      reason: 'long-gap',
      reopenAt: due,
    });
    expect(plan({ lastFrameAt: last, intervalMs, now: due - 1 }).open).toBe(false);
    expect(plan({ lastFrameAt: last, intervalMs, now: due }).open).toBe(true);
    // Before the first frame there is nothing to wait for; the steady light never closes for gaps.
    expect(plan({ lastFrameAt: null, intervalMs }).open).toBe(true);
    expect(plan({ lastFrameAt: last, intervalMs, light: 'steady' }).open).toBe(true);
  });

  it('prices the break-even from the measured reopening cost and the 1% budget', () => {
    expect(REOPEN_BREAK_EVEN_MS).toBe(210_000);
    expect(longGap(REOPEN_BREAK_EVEN_MS - 1)).toBe(false);
    expect(longGap(REOPEN_BREAK_EVEN_MS)).toBe(true);
  });
});
