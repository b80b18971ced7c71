import { describe, expect, it, vi } from 'vitest';
import { sectionKeys } from '../../../../entrypoints/options/section-keys';
import { SETTINGS_SPEC, SETTING_KEYS, type SettingKey } from '../../../../lib/settings-schema';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);

const specs = {
  a: { group: 'breaks' },
  b: { group: 'breaks' },
  c: { group: 'data' },
  d: { group: 'data' },
} as unknown as Record<SettingKey, { group: 'breaks' | 'data' }>;
const k = (...keys: string[]) => keys as SettingKey[];

describe('sectionKeys', () => {
  it('puts named settings first and leaves them out of their group', () => {
    const first = { settings: k('d', 'a') };
    const breaks = { groups: ['breaks' as const] };
    const data = { groups: ['data' as const] };
    const all = [first, breaks, data];
    expect(sectionKeys(first, all, specs)).toEqual(['d', 'a']);
    expect(sectionKeys(breaks, all, specs)).toEqual(['b']);
    expect(sectionKeys(data, all, specs)).toEqual(['c']);
  });

  it('places a new setting of a group in that group’s section', () => {
    const all = [{ groups: ['data' as const] }];
    expect(sectionKeys(all[0]!, all, { ...specs, e: { group: 'data' } } as typeof specs)).toEqual([
      'c',
      'd',
      'e',
    ]);
  });
});

describe('the options page sections', async () => {
  const { OPTIONS_SECTIONS } = await import('../../../../entrypoints/options/sections');
  it('show every setting exactly once, the language in a section of its own', () => {
    const shown = OPTIONS_SECTIONS.flatMap((s) => sectionKeys(s, OPTIONS_SECTIONS, SETTINGS_SPEC));
    expect([...shown].sort()).toEqual([...SETTING_KEYS].sort());
    const language = OPTIONS_SECTIONS.find((s) => s.id === 'language')!;
    expect(sectionKeys(language, OPTIONS_SECTIONS, SETTINGS_SPEC)).toEqual(['language']);
  });
});
