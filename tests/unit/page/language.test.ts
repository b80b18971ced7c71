import { describe, expect, it, vi } from 'vitest';

describe('language setting', () => {
  it('substitutes like Chrome', async () => {
    const { substitute } = await import('../../../lib/page/language');
    expect(substitute('Pausiert bis $1.', ['14:05'])).toBe('Pausiert bis 14:05.');
    expect(substitute('$1 Std. $2 Min.', ['1', '5'])).toBe('1 Std. 5 Min.');
    expect(substitute('costs $$5', [])).toBe('costs $5');
  });

  it('answers getMessage from the chosen bundle, falling back to the browser for other keys', async () => {
    const { switchLanguage } = await import('../../../lib/page/language');
    const native = {
      getMessage: (n: string, _subs?: string[]) => `native:${n}`,
      getUILanguage: () => 'en-US',
    };
    vi.stubGlobal('chrome', { i18n: native });
    vi.stubGlobal('browser', undefined);
    try {
      expect(await switchLanguage('auto', async () => ({}))).toBe('en');
      expect(native.getMessage('x')).toBe('native:x');
      const used = await switchLanguage('de', async (l) => {
        expect(l).toBe('de');
        return { popupPausedUntil: { message: 'Pausiert bis $1.' } };
      });
      expect(used).toBe('de');
      expect(native.getMessage('popupPausedUntil', ['9:00'])).toBe('Pausiert bis 9:00.');
      expect(native.getMessage('other')).toBe('native:other');
      expect(await switchLanguage('es', async () => Promise.reject(new Error('missing')))).toBe(
        'en',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
