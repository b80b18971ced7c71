/**
 * Break page states with fake dependencies: safety screen, intro, a timed routine to completion,
 * the camera coach counting reps, camera failure falling back to the timer, "this hurts",
 * snooze and skip.
 */
import { EXERCISE_IDS } from '../../../../lib/exercises/types';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, TICK_MS } from '../../../../entrypoints/break/app';
import type {
  BreakDeps,
  ExerciseOp,
  ExerciseStore,
  PoseSource,
} from '../../../../entrypoints/break/deps';
import { poseSignals } from '../../../../lib/exercises/signals';
import { DEFAULT_SETTINGS } from '../../../../lib/settings';
import type { Settings } from '../../../../lib/settings-schema';
import { SYNTHETIC, movePose, type Move } from '../../exercises/pose-sequences';

vi.mock('#i18n', () => ({
  i18n: { t: (k: string, subs?: string[]) => (subs ? `${k}(${subs.join(',')})` : k) },
}));

const T0 = Date.UTC(2026, 10, 23, 10);
let clock = T0;

function fakeDeps(opts: {
  store?: Partial<ExerciseStore>;
  settings?: Partial<Settings>;
  pose?: (now: number) => Move | null;
  cameraFails?: boolean;
}) {
  const store: ExerciseStore = {
    safetyAckAt: T0 - 1000,
    removed: [],
    neckLog: [],
    introduced: [],
    ...opts.store,
  };
  const calls = {
    actions: [] as [string, string][],
    records: [] as { id: string; reps: number; holdSec: number; durationSec: number }[],
    saved: [] as ExerciseOp[],
    closed: 0,
    poseOpened: 0,
    poseClosed: 0,
    sounds: [] as string[],
  };
  const deps: BreakDeps = {
    now: () => clock,
    uiLanguage: () => 'en-US',
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...opts.settings }),
    loadStore: async () => structuredClone(store),
    updateStore: async (op) => void calls.saved.push(op),
    sendAction: async (id, a) => void calls.actions.push([id, a]),
    record: async (e) => void calls.records.push(e),
    openPose: async () => {
      calls.poseOpened++;
      if (opts.cameraFails) throw new DOMException('denied', 'NotAllowedError');
      const src: PoseSource = {
        next: (now) => {
          const m = opts.pose?.(now);
          const pose = m === null || m === undefined ? null : movePose(SYNTHETIC, m);
          return { t: now, signals: pose ? poseSignals(pose, 640, 480) : null };
        },
        close: () => void calls.poseClosed++,
      };
      return src;
    },
    play: (cue) => void calls.sounds.push(cue),
    close: () => void calls.closed++,
  };
  return { deps, calls };
}

/** Advances the fake clock and timers together. */
async function advance(ms: number, step = TICK_MS) {
  for (let t = 0; t < ms; t += step) {
    clock += step;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(step);
    });
  }
}

async function mount(deps: BreakDeps, query: string) {
  render(<App deps={deps} params={new URLSearchParams(query)} />);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(1);
  });
}

beforeEach(() => {
  clock = T0;
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('break page', () => {
  it('shows the red-flags screen once, then the routine', async () => {
    const { deps, calls } = fakeDeps({ store: { safetyAckAt: null } });
    await mount(deps, '?id=b1&kind=movement');
    expect(screen.getByTestId('exercise-safety')).toBeTruthy();
    expect(screen.queryByTestId('break-intro')).toBeNull();
    fireEvent.click(screen.getByTestId('safety-none'));
    expect(calls.saved).toEqual([{ op: 'safety-ack', at: T0 }]);
    expect(screen.getByTestId('break-intro').textContent).toContain('breakTitleMovement');
  });

  it('offers care advice, not exercises, when a red flag applies', async () => {
    const { deps, calls } = fakeDeps({ store: { safetyAckAt: null } });
    await mount(deps, '?id=b1&kind=movement');
    fireEvent.click(screen.getByTestId('safety-one'));
    expect(screen.getByTestId('exercise-seek-care').textContent).toContain('breakSeekCareTitle');
    expect(calls.saved).toEqual([]);
    fireEvent.click(screen.getByText('breakClose'));
    expect(screen.getByTestId('break-rest')).toBeTruthy();
    expect(screen.queryByTestId('exercise-card')).toBeNull();
  });

  it('runs a micro-break to completion with the timer and records it', async () => {
    const { deps, calls } = fakeDeps({ settings: { microBreakSec: 20 } });
    await mount(deps, '?id=b7&kind=micro');
    fireEvent.click(screen.getByTestId('break-start'));
    expect(calls.actions).toEqual([['b7', 'start']]);
    expect(document.activeElement).toBe(screen.getByTestId('break-running'));
    expect(screen.getByTestId('exercise-card').dataset.exercise).toBe('far-focus');
    expect(screen.getByTestId('phase-timer').textContent).toContain('breakSecLeft(20)');
    await advance(10_000);
    expect(screen.getByTestId('phase-timer').textContent).toContain('breakSecLeft(10)');
    await advance(10_500);
    expect(screen.getByTestId('break-done').textContent).toContain('breakDoneSummary(1,1,0:20)');
    expect(calls.actions).toEqual([
      ['b7', 'start'],
      ['b7', 'done'],
    ]);
    expect(calls.records).toEqual([{ id: 'far-focus', reps: 1, holdSec: 0, durationSec: 20 }]);
    fireEvent.click(screen.getByTestId('break-close'));
    expect(calls.closed).toBe(1);
  });

  it('does not record history when insights are off', async () => {
    const { deps, calls } = fakeDeps({ settings: { insightsEnabled: false } });
    await mount(deps, '?id=b7&kind=micro');
    fireEvent.click(screen.getByTestId('break-start'));
    await advance(21_000);
    expect(screen.getByTestId('break-done')).toBeTruthy();
    expect(calls.records).toEqual([]);
  });

  it.each(['snooze', 'skip'] as const)('%s tells the scheduler and closes the tab', async (a) => {
    const { deps, calls } = fakeDeps({});
    await mount(deps, '?id=b9&kind=movement');
    await act(async () => {
      fireEvent.click(screen.getByTestId(`break-${a}`));
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(calls.actions).toEqual([['b9', a]]);
    expect(calls.closed).toBe(1);
  });

  it('has no snooze or skip for a routine the person opened', async () => {
    const { deps } = fakeDeps({});
    await mount(deps, '?kind=headache-now');
    expect(screen.queryByTestId('break-snooze')).toBeNull();
    expect(document.querySelector('main.calm')).not.toBeNull();
  });

  it('"this hurts" stops, shows stop signs and removes the exercise; undo keeps it', async () => {
    const { deps, calls } = fakeDeps({ settings: { cameraEnabled: false } });
    await mount(deps, '?id=b3&kind=neck-training');
    fireEvent.click(screen.getByTestId('break-start'));
    await advance(3_000);
    fireEvent.click(screen.getByTestId('break-hurts'));
    const stop = screen.getByTestId('exercise-stopped');
    expect(stop.textContent).toContain('Dizziness or light-headedness');
    expect(stop.textContent).toContain('breakStoppedRemoved(Chin tuck)');
    expect(calls.saved).toContainEqual({ op: 'remove', id: 'chin-tuck' });
    // Recorded as stopped, not as taken.
    expect(calls.actions.at(-1)).toEqual(['b3', 'stop']);
    // The advice never closes by itself.
    await advance(120_000, 5_000);
    expect(calls.closed).toBe(0);
    fireEvent.click(screen.getByTestId('undo-remove'));
    expect(calls.saved.at(-1)).toEqual({ op: 'restore', id: 'chin-tuck' });
    expect(screen.queryByTestId('undo-remove')).toBeNull();
    expect(screen.getByTestId('removal-notice').textContent).toBe('breakStoppedKept(Chin tuck)');
    fireEvent.click(screen.getByText('breakClose'));
    expect(calls.closed).toBe(1);
  });

  it('a break the person asked for starts at once: no second Start, no Snooze', async () => {
    const { deps, calls } = fakeDeps({});
    await mount(deps, '?id=b8&kind=micro&start=1');
    expect(screen.queryByTestId('break-intro')).toBeNull();
    expect(screen.queryByTestId('break-snooze')).toBeNull();
    expect(screen.getByTestId('break-running')).toBeTruthy();
    expect(screen.getByTestId('phase-timer').textContent).toMatch(/^breakPhaseLook /);
    expect(calls.actions).toEqual([]); // the worker already runs it
  });

  it('asked for, first time: the safety screen, then straight into the routine', async () => {
    const { deps } = fakeDeps({ store: { safetyAckAt: null, introduced: [...EXERCISE_IDS] } });
    await mount(deps, '?id=b9&kind=movement&start=1');
    fireEvent.click(screen.getByTestId('safety-none'));
    expect(screen.getByTestId('break-running')).toBeTruthy();
  });

  it('asked for, with an exercise never run: its "skip this if" advice comes first', async () => {
    const { deps } = fakeDeps({ store: { introduced: [] } });
    await mount(deps, '?id=b9b&kind=neck-training&start=1');
    expect(screen.getByTestId('break-intro')).toBeTruthy();
    expect(screen.getByTestId('first-time-advice').textContent).toMatch(/neck injury/);
    fireEvent.click(screen.getByTestId('break-start'));
    expect(screen.getByTestId('break-running')).toBeTruthy();
  });

  it('the summary stays until the person closes it', async () => {
    const { deps, calls } = fakeDeps({ settings: { microBreakSec: 20 } });
    await mount(deps, '?id=b10&kind=micro&start=1');
    await advance(21_000);
    expect(screen.getByTestId('break-done')).toBeTruthy();
    await advance(300_000, 10_000);
    expect(screen.getByTestId('break-done')).toBeTruthy();
    expect(calls.closed).toBe(0);
  });

  it('leaves removed exercises out of the next routine', async () => {
    const { deps } = fakeDeps({ store: { removed: ['chin-tuck'] } });
    await mount(deps, '?kind=neck-training');
    expect(screen.getByTestId('break-intro').textContent).not.toContain('Chin tuck');
    expect(screen.getByTestId('break-intro').textContent).toContain('Shoulder shrugs');
  });

  it('shows a plain rest when the organization offers no routine', async () => {
    const { deps, calls } = fakeDeps({ settings: { routinesOffered: [] } });
    await mount(deps, '?id=b5&kind=movement');
    expect(screen.getByTestId('break-rest')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('rest-done'));
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(calls.actions).toEqual([['b5', 'done']]);
  });

  it('counts chin tucks with the camera, not the timer, and closes the camera afterwards', async () => {
    // Level 0 is 3 x 5 s. The person sits still for 2 s, does two 6 s tucks, then stops.
    const t0 = T0 + 1;
    const pose = (now: number): Move => {
      const t = now - t0 - 2000;
      return t >= 0 && t < 16_000 && t % 8000 < 6000 ? { scale: 0.94 } : {};
    };
    const { deps, calls } = fakeDeps({ pose });
    await mount(deps, '?kind=neck-training');
    expect(screen.getByTestId('progression').textContent).toContain('breakLevelStay(3,5)');
    clock = t0;
    fireEvent.click(screen.getByTestId('break-start'));
    await advance(4_000, 80);
    expect(calls.poseOpened).toBe(1);
    expect(screen.getByTestId('coach-message').textContent).toMatch(/^exerciseCoachHold\([1-5]\)$/);
    await advance(4_500, 80);
    expect(screen.getByTestId('coach-message').textContent).toMatch(
      /exerciseCoachGood\(1,3\)|exerciseCoachMoveBack/,
    );
    // Long after the timer would have finished the set, the coach still waits for rep 3.
    await advance(30_000, 80);
    expect(screen.getByTestId('exercise-card').dataset.exercise).toBe('chin-tuck');
    expect(screen.getByTestId('coach-message').textContent).toBe('exerciseCoachMoveBack');
    fireEvent.click(screen.getByTestId('break-next'));
    expect(calls.records[0]).toMatchObject({ id: 'chin-tuck', reps: 2, holdSec: 10 });
    expect(calls.saved.find((p) => p.op === 'neck-session')).toEqual({
      op: 'neck-session',
      session: { at: clock, level: 0, repsDone: 2 },
    });
    // The shrugs that follow are camera-checked too; ending the break closes the camera.
    expect(calls.poseClosed).toBe(0);
    fireEvent.click(screen.getByTestId('break-end'));
    await advance(500);
    expect(calls.poseClosed).toBe(1);
  });

  it('falls back to the timed guide when the camera fails', async () => {
    const { deps, calls } = fakeDeps({ cameraFails: true });
    await mount(deps, '?kind=neck-training');
    fireEvent.click(screen.getByTestId('break-start'));
    await advance(1_000);
    expect(calls.poseOpened).toBe(1);
    expect(screen.getByTestId('coach-message').textContent).toBe('breakCameraOff');
    expect(screen.getByTestId('phase-timer')).toBeTruthy();
    await advance(25_000);
    expect(calls.records[0]).toMatchObject({ id: 'chin-tuck', reps: 3, holdSec: 15 });
    expect(calls.poseOpened).toBe(1);
  });

  it('hands the set to the timer when nobody is in view for a while', async () => {
    const { deps, calls } = fakeDeps({ pose: () => null });
    await mount(deps, '?kind=neck-training');
    fireEvent.click(screen.getByTestId('break-start'));
    await advance(3_000);
    expect(calls.poseOpened).toBe(1);
    expect(screen.getByTestId('coach-message').textContent).toBe('exerciseCoachNoPose');
    expect(screen.queryByTestId('phase-timer')).toBeNull();
    await advance(6_000);
    expect(screen.getByTestId('phase-timer')).toBeTruthy();
    expect(screen.getByTestId('coach-message').textContent).toBe('exerciseCoachNoPose');
    await advance(16_000);
    expect(calls.records[0]).toMatchObject({ id: 'chin-tuck', reps: 3, holdSec: 15 });
  });

  it('never opens the camera when the setting is off', async () => {
    const { deps, calls } = fakeDeps({ settings: { cameraEnabled: false } });
    await mount(deps, '?kind=neck-training');
    fireEvent.click(screen.getByTestId('break-start'));
    await advance(5_000);
    expect(calls.poseOpened).toBe(0);
  });
});
