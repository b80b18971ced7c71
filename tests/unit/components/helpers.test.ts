import { describe, expect, it, vi } from 'vitest';

vi.mock('#i18n', async () => (await import('../support/i18n-en')).i18nMock);
const { formatMinutes, formatShare, formatUntil, minutesToTime, timeToMinutes } =
  await import('../../../components/format');
const { skeletonSegments } = await import('../../../components/skeleton');
const { kebabKey, settingKey } = await import('../../../components/i18n-dynamic');
const { effectiveSpec } = await import('../../../components/setting-field');
const { SETTINGS_SPEC } = await import('../../../lib/settings-schema');

describe('format', () => {
  it.each([
    [0, '0 min'],
    [59.4, '59 min'],
    [60, '1 h'],
    [95, '1 h 35 min'],
    [-3, '0 min'],
  ])('formatMinutes(%d) = %s', (m, want) => expect(formatMinutes(m)).toBe(want));

  it('formatUntil rounds up, with a floor of "under a minute"', () => {
    expect(formatUntil(1000 + 30_000, 1000)).toBe('under a minute');
    expect(formatUntil(10 * 60_000 + 1, 0)).toBe('11 min');
  });

  it('formatShare handles unknown', () => {
    expect(formatShare(null)).toBe('—');
    expect(formatShare(0.204)).toBe('20 %');
  });

  it.each([
    ['08:00', 480],
    ['23:59', 1439],
    ['7:05', 425],
    ['24:00', null],
    ['12:60', null],
    ['', null],
  ])('timeToMinutes(%j) = %s', (s, m) => expect(timeToMinutes(s)).toBe(m));

  it('minutesToTime pads', () => expect(minutesToTime(425)).toBe('07:05'));
});

describe('keys and specs', () => {
  it('builds keys', () => {
    expect(settingKey('cameraEnabled')).toBe('settingCameraEnabled');
    expect(settingKey('x', 'Help')).toBe('settingXHelp');
    expect(kebabKey('calibIssue', 'shoulders-out-of-frame')).toBe('calibIssueShouldersOutOfFrame');
  });

  it('narrows number bounds to the organization limits, never widens them', () => {
    expect(effectiveSpec(SETTINGS_SPEC.snoozeMin, { min: 0, max: 10 })).toMatchObject({
      min: 1,
      max: 10,
    });
    expect(effectiveSpec(SETTINGS_SPEC.cameraEnabled, { min: 0, max: 1 })).toBe(
      SETTINGS_SPEC.cameraEnabled,
    );
  });
});

describe('skeleton', () => {
  it('draws only segments between visible landmarks, scaled to the canvas', () => {
    const pose = Array.from({ length: 33 }, () => ({ x: 0.5, y: 0.5, z: 0, visibility: 0.9 }));
    pose[11] = { x: 0.25, y: 0.75, z: 0, visibility: 0.9 };
    pose[12] = { x: 0.75, y: 0.75, z: 0, visibility: 0.9 };
    const all = skeletonSegments(pose, 640, 480);
    expect(all).toContainEqual([160, 360, 480, 360]);
    pose[12] = { ...pose[12], visibility: 0.1 };
    const fewer = skeletonSegments(pose, 640, 480);
    expect(fewer.length).toBe(all.length - 1); // the shoulder line
  });
});
