/**
 * The break page follows the language setting, not only the browser's language: with the browser
 * in English and Chin Up set to German, the safety screen, the routine and the exercise are German.
 */
import { expect, sendFromPage, test } from './fixtures';

test.use({ extraArgs: ['--lang=en-US'] });

test('the break page is German when the language is set to German', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^en/);
  await sendFromPage(popup, 'settings:set', { patch: { language: 'de' } });
  const page = await openPage('break.html?kind=micro');
  await expect(page.getByTestId('exercise-safety')).toContainText('Vor Ihren ersten Übungen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByTestId('safety-none').click();
  await expect(page.getByTestId('break-intro')).toContainText('Mikropause');
  await page.getByTestId('break-start').click();
  await expect(page.getByTestId('exercise-card')).toContainText('In die Ferne');
});
