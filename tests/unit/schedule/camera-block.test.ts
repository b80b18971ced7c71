import { describe, expect, it } from 'vitest';
import { fixedOffsetLocalTime } from '../../../lib/schedule/local-time';
import { initialState } from '../../../lib/schedule/state';
import { cameraBlock, wantsCamera } from '../../../lib/schedule/summary';
import { MIN, T0, settingsWith } from './sim';

const utc = fixedOffsetLocalTime(0);
const hours = settingsWith({ workHoursEnabled: true, workStartMin: 8 * 60, workEndMin: 18 * 60 });

describe('cameraBlock', () => {
  it.each([
    ['a working Monday at 09:00', settingsWith(), {}, T0, null],
    ['the camera turned off', settingsWith({ cameraEnabled: false }), {}, T0, 'off'],
    ['paused for an hour', settingsWith(), { pausedUntil: T0 + 60 * MIN }, T0, 'paused'],
    ['a pause that ended', settingsWith(), { pausedUntil: T0 - 1 }, T0, null],
    ['the screen locked', settingsWith(), { idle: 'locked' }, T0, 'locked'],
    ['idle input only', settingsWith(), { idle: 'idle' }, T0, null],
    ['19:00 with hours 08-18', hours, {}, T0 + 10 * 60 * MIN, 'outside-hours'],
    ['09:00 with hours 08-18', hours, {}, T0, null],
  ] as const)('%s', (_, settings, patch, now, block) => {
    const s = { ...initialState(T0, utc(T0).day), ...patch };
    expect(cameraBlock(s, settings, now, utc)).toBe(block);
    expect(wantsCamera(s, settings, now, utc)).toBe(block === null);
  });
});
