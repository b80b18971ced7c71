/**
 * The options page's tabs (issue 17): at 1280 x 800 each tab fits in about one and a half screens
 * in English and German, the arrow keys, Home and End move between the tabs, and an address's
 * hash opens a tab (`#data`, the popup's storage notice) or the tab holding a section (`#meetings`).
 * Axe on every tab, light and dark (a hidden panel is not checked on another tab's turn).
 */
import type { Page } from '@playwright/test';
import { expect, sendFromPage, test } from './fixtures';
import { axeAndShoot } from './page-check';

const SIZE = { width: 1280, height: 800 };
/** The tallest a tab may make the page at 1280 x 800 (measured: 1,106 px en, 1,185 px de). */
const MAX_TAB_HEIGHT_PX = 1200;
const TABS = {
  en: ['Breaks', 'Camera and posture', 'Hours and meetings', 'Exercises', 'Language', 'Your data'],
  de: [
    'Pausen',
    'Kamera und Haltung',
    'Arbeitszeit und Besprechungen',
    'Übungen',
    'Sprache',
    'Ihre Daten',
  ],
};

/** Chooses each tab by its name, as a person would; the page's height with each, px. */
async function heightsPerTab(page: Page, names: string[]) {
  const heights: Record<string, number> = {};
  for (const name of names) {
    const tab = page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toHaveCount(1);
    await expect(page.getByRole('tabpanel')).toHaveAttribute(
      'aria-labelledby',
      (await tab.getAttribute('id'))!,
    );
    heights[name] = await page.evaluate(() => document.documentElement.scrollHeight);
  }
  return heights;
}

test('each tab fits: the page is at most 1,200 px tall at 1280 x 800, in English and German', async ({
  openPage,
}) => {
  const page = await openPage('options.html');
  await page.setViewportSize(SIZE);
  const en = await heightsPerTab(page, TABS.en);
  await sendFromPage(page, 'settings:set', { patch: { language: 'de' } });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const de = await heightsPerTab(page, TABS.de);
  console.log('options page height per tab at 1280x800:', JSON.stringify({ en, de }));
  for (const [name, px] of Object.entries({ ...en, ...de }))
    expect(px, name).toBeLessThanOrEqual(MAX_TAB_HEIGHT_PX);
});

test('axe finds nothing serious on any tab, light and dark', async ({ openPage }) => {
  const page = await openPage('options.html');
  for (const name of TABS.en) {
    await page.getByRole('tab', { name, exact: true }).click();
    await axeAndShoot(page, `options-tab-${TABS.en.indexOf(name)}`, SIZE);
  }
});

test('the arrow keys, Home and End move between the tabs', async ({ openPage }) => {
  const page = await openPage('options.html');
  const first = page.getByRole('tab', { name: 'Breaks' });
  await first.focus();
  await expect(first).toHaveAttribute('tabindex', '0');
  const at = async (name: string) => {
    const tab = page.getByRole('tab', { name, exact: true });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(tab).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('tabpanel')).toHaveAttribute(
      'aria-labelledby',
      (await tab.getAttribute('id'))!,
    );
  };
  await page.keyboard.press('ArrowRight');
  await at('Camera and posture');
  await expect(page.getByLabel('Camera light')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await at('Hours and meetings');
  await page.keyboard.press('End');
  await at('Your data');
  await page.keyboard.press('ArrowRight');
  await at('Breaks');
  await page.keyboard.press('ArrowLeft');
  await at('Your data');
  await page.keyboard.press('Home');
  await at('Breaks');
  // Only the chosen tab is in the Tab order: Tab goes on into its panel.
  await expect(page.getByRole('tab', { name: 'Your data' })).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel')).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
});

test('#data (the popup’s storage notice) opens the data tab; a section’s hash opens its tab there', async ({
  openPage,
}) => {
  const page = await openPage('options.html#data');
  await page.setViewportSize(SIZE);
  await expect(page.getByRole('tab', { name: 'Your data' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('section-data')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Save a backup file' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete all data…' })).toBeVisible();

  await page.goto(page.url().replace(/#.*$/, '#meetings'));
  await expect(page.getByRole('tab', { name: 'Hours and meetings' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('section-meetings')).toBeInViewport();
  await expect(page.getByLabel('Meeting sites')).toBeVisible();
  // Choosing a tab keeps it in the address, so a reload stays there.
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await expect(page).toHaveURL(/options\.html#exercises$/);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Exercises' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});
