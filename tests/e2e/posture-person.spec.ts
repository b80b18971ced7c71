/**
 * The posture engine end to end on a shared-set person other than the dominant one: their own
 * webcam frames (calibration row, then their `demo` forward-head frame) as fake-camera stills built
 * with ffmpeg at test time from ../shared, each shown once the test has seen the state before it.
 * Without the dataset the test is skipped locally and fails in CI, which has it
 * (tests/support/shared.ts).
 */
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { calibrateViaOnboarding, status } from './helpers';
import { liveClip } from './live-clip';
import { DATASET_DIR, datasetRows, stillClip } from '../../scripts/lib/clips.mjs';
import { haveShared } from '../support/shared';

const PERSON = 'lazybot-p1';

function stills(): { neutral: string; forward: string } | null {
  if (!haveShared(join(DATASET_DIR, 'manifest.csv'))) return null;
  const rows = datasetRows()?.filter((r) => r.person === PERSON);
  const cal = rows?.find((r) => r.role === 'calibration');
  const demo = rows?.find((r) => r.role === 'demo');
  return cal && demo
    ? { neutral: join(DATASET_DIR, cal.file), forward: join(DATASET_DIR, demo.file) }
    : null;
}
const s = stills();

test.describe(`posture transitions for ${PERSON}`, () => {
  // haveShared throws under CI when the dataset is missing; locally the test is skipped.
  test.skip(!s, 'the shared dataset is not on this machine');
  const NEUTRAL = s ? stillClip(`posture-neutral-${PERSON}`, s.neutral) : '';
  const FORWARD = s ? stillClip(`posture-forward-${PERSON}`, s.forward) : '';
  // The picture changes once the test has seen the state it waits for (see ./live-clip).
  const camera = s ? liveClip(`posture-${PERSON}`, NEUTRAL) : null;
  test.use({ clip: camera?.path ?? null });
  test.afterEach(() => camera?.show(NEUTRAL));

  test('calibrate on their own neutral, then neutral -> forward-head -> neutral', async ({
    openPage,
  }) => {
    expect(s, `${PERSON} needs a calibration and a demo row in ${DATASET_DIR}`).not.toBeNull();
    test.setTimeout(300_000);
    const page = await openPage('managed-schema.json');
    const onboarding = await calibrateViaOnboarding(openPage);
    await onboarding.getByTestId('calibration-continue').click();
    await onboarding.close();
    const posture = async () => (await status(page)).posture.kind;
    await expect.poll(posture, { timeout: 60_000 }).toBe('neutral');
    camera?.show(FORWARD);
    const switchAt = Date.now();
    await expect.poll(posture, { timeout: 150_000, intervals: [1000] }).toBe('forward-head');
    expect((Date.now() - switchAt) / 1000).toBeLessThan(60);
    camera?.show(NEUTRAL);
    await expect.poll(posture, { timeout: 150_000, intervals: [1000] }).toBe('neutral');
  });
});
