import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OwnLevel } from '../../../../lib/desk/height';
import { lightCheck } from '../../../../lib/desk/light';
import type { PoseFrame } from '../../../../lib/posture/types';
import type { DeskStore } from '../../../../lib/desk/store';
import type { DeskDeps } from '../../../../entrypoints/desk-check/platform';

vi.mock('#i18n', async () => (await import('../../support/i18n-en')).i18nMock);
vi.mock('wxt/browser', () => ({ browser: {} }));
const { App } = await import('../../../../entrypoints/desk-check/app');

const frame = (name: string): PoseFrame =>
  (
    JSON.parse(readFileSync(`tests/fixtures/landmarks/${name}.json`, 'utf8')) as {
      frame: PoseFrame;
    }
  ).frame;

function deps(frames: PoseFrame[][], own: OwnLevel | null = null) {
  let store: DeskStore = { last: null, previous: null };
  const saved: DeskStore[] = [];
  const asked: (string | null | undefined)[] = [];
  let i = 0;
  const d: DeskDeps = {
    now: () => 1000 + i,
    load: async () => store,
    save: async (s) => {
      store = s;
      saved.push(s);
    },
    measure: async () => ({
      frames: frames[i++] ?? [],
      light: lightCheck([40, 40, 200, 200], 2, 2, { x0: 0, y0: 0, x1: 1, y1: 0.5 }),
      deviceId: 'cam-1',
    }),
    ownLevel: async (id) => {
      asked.push(id);
      return own;
    },
  };
  return { d, saved, asked };
}
afterEach(cleanup);

describe('desk check page', () => {
  it('shows the measurements, the checklist, and the change on a re-check', async () => {
    const { d, saved } = deps([[frame('motlabs-head-down')], [frame('vincent-neutral-100')]]);
    render(<App deps={d} />);
    fireEvent.click(await screen.findByTestId('desk-start'));
    expect((await screen.findByTestId('desk-distance-value')).textContent).toMatch(
      /about \d+–\d+ cm/,
    );
    expect(screen.getByTestId('desk-height').dataset.verdict).toBe('adjust');
    expect(screen.queryByTestId('desk-height-basis')).toBeNull(); // no calibration: typical face
    expect(screen.getByTestId('desk-light').textContent).toMatch(/dark/);
    fireEvent.click(screen.getByTestId('desk-item-elbows'));
    expect(saved.at(-1)?.last?.checked).toEqual(['elbows']);
    fireEvent.click(screen.getByTestId('desk-recheck'));
    expect((await screen.findByTestId('desk-height-change')).textContent).toMatch(
      /better than last time/,
    );
    expect(saved.at(-1)?.previous?.height?.verdict).toBe('adjust');
    expect(saved.at(-1)?.last?.checked).toEqual(['elbows']);
  });

  it('says so when nobody was in view', async () => {
    const { d } = deps([[{ ...frame('motlabs-neutral'), poses: [] }]]);
    render(<App deps={d} />);
    fireEvent.click(await screen.findByTestId('desk-start'));
    expect((await screen.findByTestId('desk-results')).textContent).toMatch(/Nobody was in view/);
  });

  it("judges screen height against the camera's calibration and says so", async () => {
    // Calibrated at 0.03 (a face whose level head measures low): 0.20 is a tip down for them.
    const { d, asked } = deps([[frame('vincent-neutral-101')]], { bowRatio: 0.03, spread: 0.01 });
    render(<App deps={d} />);
    fireEvent.click(await screen.findByTestId('desk-start'));
    expect((await screen.findByTestId('desk-height')).dataset.verdict).toBe('adjust');
    expect(screen.getByTestId('desk-height-basis').textContent).toMatch(/own calibrated upright/);
    expect(asked).toEqual(['cam-1']);
  });
});
