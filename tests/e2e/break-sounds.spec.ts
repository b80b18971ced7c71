/**
 * Optional break sounds, driven as a person would: off by default (a break plays nothing); with
 * "Break sounds" on, "Breathe and relax" from the popup chimes as it starts, ticks when the
 * breathing moves to its next step, and chimes again when the person ends it. The notes are made
 * with WebAudio on the page: the test counts the oscillators the page starts.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, sendFromPage, test } from './fixtures';

/** Counts OscillatorNode.start calls per page (each cue is one or two notes). */
async function countNotes(context: BrowserContext) {
  await context.addInitScript(() => {
    const g = globalThis as unknown as { notes: number };
    g.notes = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      g.notes += 1;
      return start.apply(this, args);
    };
  });
}
const notes = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { notes: number }).notes);

/** Opens "Breathe and relax" from the popup and starts it past the safety screen and intro. */
async function relaxFromPopup(context: BrowserContext, popup: Page): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url().includes('kind=relaxation'));
  await popup.getByTestId('popup-relaxation').click();
  const page = await opened;
  const safety = page.getByTestId('safety-none');
  const intro = page.getByTestId('break-start');
  await expect(safety.or(intro)).toBeVisible();
  if (await safety.isVisible()) await safety.click();
  await page.getByTestId('break-start').click();
  await expect(page.getByTestId('break-running')).toBeVisible();
  return page;
}

test('break sounds: off by default; on, a chime at start and end and a tick per breathing step', async ({
  context,
  openPage,
}) => {
  test.setTimeout(180_000);
  await countNotes(context);
  const popup = await openPage('popup.html');
  await expect(popup.getByTestId('popup-relaxation')).toBeVisible();
  const quiet = await relaxFromPopup(context, popup);
  await quiet.getByTestId('break-end').click();
  await expect(quiet.getByTestId('break-done')).toBeVisible();
  expect(await notes(quiet), 'no sound by default').toBe(0);
  await quiet.close();

  // The person turns the sounds on in the options page, in the breaks section.
  const options = await openPage('options.html');
  const toggle = options.getByLabel('Break sounds', { exact: true });
  // Beside it, a sample to hear them first.
  await expect(options.getByRole('button', { name: 'Play the break sounds' })).toBeVisible();
  await toggle.check();
  await expect
    .poll(
      async () =>
        (await sendFromPage<{ settings: { breakSounds: boolean } }>(options, 'settings:get'))
          .settings.breakSounds,
    )
    .toBe(true);

  const popup2 = await openPage('popup.html');
  await expect(popup2.getByTestId('popup-relaxation')).toBeVisible();
  const page = await relaxFromPopup(context, popup2);
  await expect.poll(() => notes(page), { message: 'start chime' }).toBe(2);
  // The breathing guide moves on to its next written step: one tick.
  const instruction = await page.getByTestId('break-instruction').textContent();
  await expect(page.getByTestId('break-instruction')).not.toHaveText(instruction ?? '', {
    timeout: 90_000,
  });
  await expect.poll(() => notes(page), { message: 'tick' }).toBe(3);
  await page.getByTestId('break-end').click();
  await expect(page.getByTestId('break-done')).toBeVisible();
  await expect.poll(() => notes(page), { message: 'end chime' }).toBe(5);
});
