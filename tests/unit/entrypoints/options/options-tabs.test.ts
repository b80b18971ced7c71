import { describe, expect, it, vi } from 'vitest';
import { OPTIONS_TABS, tabForHash } from '../../../../entrypoints/options/options-tabs';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
const { OPTIONS_SECTIONS } = await import('../../../../entrypoints/options/sections');

describe('options tabs', () => {
  it('are ordered by use: breaks first, language before the data, the data last', () => {
    expect(OPTIONS_TABS.map((t) => t.id)).toEqual([
      'breaks',
      'posture',
      'schedule',
      'exercises',
      'language',
      'data',
    ]);
  });

  it('hold every section exactly once, and only sections that exist', () => {
    const held = OPTIONS_TABS.flatMap((t) => t.sections);
    expect([...held].sort()).toEqual(OPTIONS_SECTIONS.map((s) => s.id).sort());
    expect(new Set(held).size).toBe(held.length);
  });

  it('have ids that no section of another tab uses, so a hash means one thing', () => {
    for (const t of OPTIONS_TABS)
      for (const other of OPTIONS_TABS.filter((o) => o !== t))
        expect(other.sections).not.toContain(t.id);
  });
});

describe('tabForHash', () => {
  it.each([
    ['', 'breaks', null],
    ['#', 'breaks', null],
    ['#data', 'data', null],
    ['data', 'data', null],
    ['#posture', 'posture', null],
    ['#camera', 'posture', 'camera'],
    ['#nudges', 'posture', 'nudges'],
    ['#hours', 'schedule', 'hours'],
    ['#meetings', 'schedule', 'meetings'],
    ['#language', 'language', null],
    ['#general', 'breaks', null],
    ['#nothing-here', 'breaks', null],
  ])('%j opens tab %s at section %s', (hash, tab, section) => {
    expect(tabForHash(hash)).toEqual({ tab, section });
  });

  it('opens the first tab of any list when the hash names nothing in it', () => {
    const tabs = [{ id: 'a', title: 't', sections: ['x'] }];
    expect(tabForHash('#x', tabs)).toEqual({ tab: 'a', section: 'x' });
    expect(tabForHash('#y', tabs)).toEqual({ tab: 'a', section: null });
    expect(tabForHash('#y', [])).toEqual({ tab: '', section: null });
  });
});
