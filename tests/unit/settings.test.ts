import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_MIGRATIONS,
  SETTINGS_SPEC,
  SETTINGS_VERSION,
  SETTING_KEYS,
  coerceOverrides,
  coerceSettings,
  coerceValue,
} from '../../lib/settings';
import type { SettingSpec } from '../../lib/settings-schema';

const spec = (k: keyof typeof SETTINGS_SPEC): SettingSpec => SETTINGS_SPEC[k];

describe('settings table', () => {
  it.each(SETTING_KEYS)('%s: default is a valid value of its own spec', (k) => {
    const { value, problem } = coerceValue(spec(k), DEFAULT_SETTINGS[k]);
    expect(problem).toBeUndefined();
    expect(value).toEqual(DEFAULT_SETTINGS[k]);
  });

  it('defaults are copies, not the frozen spec arrays', () => {
    expect(DEFAULT_SETTINGS.workDays).not.toBe(SETTINGS_SPEC.workDays.default);
  });
});

describe('coerceValue', () => {
  it.each([
    // [key, raw, expected value, expected problem kind]
    ['cameraEnabled', false, false, undefined],
    ['cameraEnabled', 'false', undefined, 'type'],
    ['cameraEnabled', 0, undefined, 'type'],
    ['sensitivity', 4, 4, undefined],
    ['sensitivity', 4.4, 4, undefined],
    ['sensitivity', 9, 5, 'range'],
    ['sensitivity', -3, 1, 'range'],
    ['sensitivity', '3', undefined, 'type'],
    ['sensitivity', Number.NaN, undefined, 'type'],
    ['sensitivity', Number.POSITIVE_INFINITY, undefined, 'type'],
    ['strictness', 'firm', 'firm', undefined],
    ['strictness', 'FIRM', undefined, 'value'],
    ['strictness', 2, undefined, 'value'],
    ['workDays', [5, 1, 1, 3], [1, 3, 5], undefined],
    ['workDays', [1, 7, 2.5, 'x'], [1], 'range'],
    ['workDays', '1,2', undefined, 'type'],
    ['routinesOffered', ['micro', 'micro'], ['micro'], 'value'],
    ['routinesOffered', ['micro', 'yoga'], ['micro'], 'value'],
    ['routinesOffered', ['movement'], ['movement'], undefined],
    ['meetingSites', ['  zoom.us  ', ''], ['zoom.us'], 'type'],
    ['meetingSites', [], [], undefined],
    ['meetingSites', null, undefined, 'type'],
  ] as const)('%s <- %j gives %j (%s)', (key, raw, value, problem) => {
    const out = coerceValue(spec(key), raw);
    expect(out.value).toEqual(value);
    expect(out.problem?.kind).toBe(problem);
  });

  it('caps free-text lists at maxItems and 200 characters per item', () => {
    const many = Array.from({ length: 60 }, (_, i) => `site${i}.example`);
    const out = coerceValue(spec('meetingSites'), [...many, 'x'.repeat(300)]);
    expect(out.value).toHaveLength(50);
    const long = coerceValue(spec('meetingSites'), ['y'.repeat(300)]);
    expect((long.value as string[])[0]).toHaveLength(200);
  });
});

describe('coerceSettings', () => {
  it('turns garbage into the defaults', () => {
    for (const raw of [undefined, null, 42, 'x', [1, 2], {}])
      expect(coerceSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('drops unknown keys, keeps valid ones, clamps numbers, falls back on bad types', () => {
    const out = coerceSettings(
      JSON.parse(
        '{"evil":true,"__proto__":{"cameraEnabled":false},"lowPowerMode":true,"snoozeMin":99,"strictness":"brutal","language":"de"}',
      ),
    );
    expect(out).not.toHaveProperty('evil');
    expect(out.cameraEnabled).toBe(true);
    expect(out.lowPowerMode).toBe(true);
    expect(out.snoozeMin).toBe(SETTINGS_SPEC.snoozeMin.max);
    expect(out.strictness).toBe('normal');
    expect(out.language).toBe('de');
    expect(Object.keys(out).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('falls back to the given base, and never mutates it', () => {
    const base = { ...DEFAULT_SETTINGS, microBreakEveryMin: 30, workDays: [1, 2] };
    const out = coerceSettings({ microBreakEveryMin: 'soon', workDays: [3] }, base);
    expect(out.microBreakEveryMin).toBe(30);
    expect(out.workDays).toEqual([3]);
    expect(base.workDays).toEqual([1, 2]);
  });
});

describe('coerceOverrides', () => {
  it('keeps only valid, known keys that were given', () => {
    expect(coerceOverrides({ sensitivity: 2, nope: 1, cameraEnabled: 'yes' })).toEqual({
      sensitivity: 2,
    });
    expect(coerceOverrides('junk')).toEqual({});
  });
});

describe('migrations', () => {
  it('has one migration per version step up to the current version', () => {
    const versions = Object.keys(SETTINGS_MIGRATIONS).map(Number);
    expect(Math.max(...versions)).toBe(SETTINGS_VERSION);
    for (let v = 2; v <= SETTINGS_VERSION; v++)
      expect(SETTINGS_MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('a v1 text sensitivity that was not migrated is rejected by coercion', () => {
    expect(coerceSettings({ sensitivity: 'high' }).sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
  });
});
