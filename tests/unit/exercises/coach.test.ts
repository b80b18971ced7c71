import { beforeEach, describe, expect, it } from 'vitest';
import { coachStep, initialCoach, type CoachState } from '../../../lib/exercises/coach';
import { coachConfig, type CoachConfig } from '../../../lib/exercises/coach-config';
import { CATALOG } from '../../../lib/exercises/catalog';
import { poseSignals } from '../../../lib/exercises/signals';
import { BASES, SYNTHETIC, sequence, type Base, type Segment } from './pose-sequences';

const NEUTRAL: Segment = { ms: 2000 };

let base: Base = SYNTHETIC;

function run(cfg: CoachConfig, segs: Segment[], opts: Parameters<typeof sequence>[2] = {}) {
  let st: CoachState = initialCoach();
  const log: CoachState[] = [];
  for (const f of sequence(base, segs, opts)) {
    st = coachStep(st, cfg, f.t, f.pose ? poseSignals(f.pose, f.width, f.height) : null);
    log.push(st);
  }
  return { st, log, keys: log.map((s) => s.message.key) };
}

const tuckCfg = (reps = 5, holdSec = 5) =>
  coachConfig('retraction', { ...CATALOG['chin-tuck'].dose, reps, holdSec });
const tucks = (n: number, holdMs: number, scale = 0.95): Segment[] =>
  Array.from({ length: n }, () => [
    { ms: holdMs, move: { scale, headUp: 0.01 } },
    { ms: 2000 },
  ]).flat();

describe.each(BASES.map((b) => [b.name, b] as const))('chin-tuck coach on base %s', (_n, b) => {
  beforeEach(() => {
    base = b;
  });

  it('counts 5 of 5 held tucks and finishes', () => {
    const { st, log } = run(tuckCfg(), [NEUTRAL, ...tucks(5, 5600)], { sigma: 0.005 });
    expect(st.totalReps).toBe(5);
    expect(st.phase).toBe('done');
    expect(st.message.key).toBe('exerciseCoachDone');
    expect(st.heldMs).toBeGreaterThanOrEqual(5 * 5000);
    const good = log
      .filter((s) => s.message.key === 'exerciseCoachGood')
      .map((s) => s.message.params);
    expect(good).toContainEqual([4, 5]);
  });

  it('counts down the hold: "hold... N s left"', () => {
    const { log } = run(tuckCfg(1, 6), [NEUTRAL, ...tucks(1, 6500)], { sigma: 0.0025 });
    const left = log
      .filter((s) => s.message.key === 'exerciseCoachHold')
      .map((s) => s.message.params[0]);
    expect(left[0]).toBe(6);
    expect(left).toContain(3);
    expect(left.at(-1)).toBe(1);
    expect([...left].sort((a, b) => b! - a!)).toEqual(left);
  });

  it('asks for "a little further back" on a half tuck and counts nothing', () => {
    const { st, keys } = run(tuckCfg(), [NEUTRAL, ...tucks(3, 6000, 0.975)], { sigma: 0.0025 });
    expect(st.totalReps).toBe(0);
    expect(keys).toContain('exerciseCoachFurtherBack');
  });

  it('does not count holds released too early', () => {
    const { st, keys } = run(tuckCfg(5, 5), [NEUTRAL, ...tucks(4, 3000)], { sigma: 0.005 });
    expect(st.totalReps).toBe(0);
    expect(keys).toContain('exerciseCoachHoldLonger');
  });

  it.each([0.005, 0.01, 0.015])(
    'counts no chin tuck from 60 s of jitter (sigma %s shoulder widths)',
    (sigma) => {
      const { st } = run(tuckCfg(), [NEUTRAL, { ms: 60_000 }], { sigma, seed: 7 });
      expect(st.totalReps).toBe(0);
    },
  );

  it.each([0.005, 0.0075])(
    'even without a hold, counts no rep from 60 s of jitter (sigma %s)',
    (sigma) => {
      const cfg = coachConfig('retraction', { ...CATALOG['chin-tuck'].dose, holdSec: 0 });
      const { st } = run(cfg, [NEUTRAL, { ms: 60_000 }], { sigma, seed: 11 });
      expect(st.totalReps).toBe(0);
    },
  );

  it('counts no rep from single-frame spikes to full-tuck size', () => {
    const spikes: Segment[] = Array.from({ length: 20 }, () => [
      { ms: 125, move: { scale: 0.93 } },
      { ms: 1500 },
    ]).flat();
    const cfg = coachConfig('retraction', { ...CATALOG['chin-tuck'].dose, holdSec: 0 });
    expect(run(cfg, [NEUTRAL, ...spikes]).st.totalReps).toBe(0);
  });

  it('ignores leaning toward the screen and head turns', () => {
    const segs: Segment[] = [
      NEUTRAL,
      { ms: 6000, move: { bodyScale: 1.12 } },
      { ms: 2000 },
      { ms: 6000, move: { yawDeg: 35 } },
      { ms: 2000 },
    ];
    expect(run(tuckCfg(), segs, { sigma: 0.005 }).st.totalReps).toBe(0);
  });

  it('keeps a hold through a short pose dropout, drops it after a long one', () => {
    const short = run(tuckCfg(1, 5), [
      NEUTRAL,
      { ms: 2000, move: { scale: 0.95 } },
      { ms: 500, missing: true },
      { ms: 3500, move: { scale: 0.95 } },
      { ms: 2000 },
    ]);
    expect(short.st.totalReps).toBe(1);
    const long = run(tuckCfg(1, 5), [
      NEUTRAL,
      { ms: 2000, move: { scale: 0.95 } },
      { ms: 1500, missing: true },
      { ms: 3000, move: { scale: 0.95 } },
      { ms: 2000 },
    ]);
    expect(long.st.totalReps).toBe(0);
    expect(long.keys).toContain('exerciseCoachNoPose');
  });

  it('re-arms after a partial return (people never come back exactly to neutral)', () => {
    const segs: Segment[] = [NEUTRAL];
    for (let i = 0; i < 3; i++)
      segs.push({ ms: 5600, move: { scale: 0.9 } }, { ms: 2000, move: { scale: 0.975 } });
    expect(run(tuckCfg(3, 5), segs, { sigma: 0.003 }).st.totalReps).toBe(3);
  });

  it('waits for a pose before taking the neutral', () => {
    const { log } = run(tuckCfg(), [{ ms: 1000, missing: true }, NEUTRAL]);
    expect(log[0]!.message.key).toBe('exerciseCoachNoPose');
    expect(log.at(-1)!.phase).toBe('ready');
  });
});

describe('per-side coaching', () => {
  const turns = (yawDeg: number, n: number): Segment[] =>
    Array.from({ length: n }, () => [{ ms: 2600, move: { yawDeg } }, { ms: 1500 }]).flat();

  it('counts rotations left then right, and wrong-side turns not at all', () => {
    const cfg = coachConfig('yaw', CATALOG['neck-rotation'].dose);
    const { st, keys } = run(cfg, [NEUTRAL, ...turns(-40, 2), ...turns(40, 5), ...turns(-40, 5)], {
      sigma: 0.005,
    });
    expect(st.totalReps).toBe(10);
    expect(st.phase).toBe('done');
    expect(keys).toContain('exerciseCoachTurnLeft');
    expect(keys).toContain('exerciseCoachSwitchSide');
    expect(keys).toContain('exerciseCoachTurnRight');
  });

  it('counts side bends and trapezius holds by roll', () => {
    const bend = coachConfig('roll', CATALOG['neck-side-bend'].dose);
    const bends = (rollDeg: number): Segment[] =>
      Array.from({ length: 5 }, () => [{ ms: 2600, move: { rollDeg } }, { ms: 1500 }]).flat();
    expect(run(bend, [NEUTRAL, ...bends(25), ...bends(-25)], { sigma: 0.005 }).st.totalReps).toBe(
      10,
    );
    const small = run(bend, [NEUTRAL, ...bends(10)], { sigma: 0.005 });
    expect(small.st.totalReps).toBe(0);
    expect(small.keys).toContain('exerciseCoachFurther');
  });
});

describe('shoulder lift coaching', () => {
  it('counts shoulder rolls as lifts, not jitter', () => {
    const cfg = coachConfig('shoulder-lift', CATALOG['shoulder-rolls'].dose);
    const rolls: Segment[] = Array.from({ length: 8 }, () => [
      { ms: 1200, move: { shoulderUp: 0.1 } },
      { ms: 1200 },
    ]).flat();
    expect(run(cfg, [NEUTRAL, ...rolls], { sigma: 0.0075 }).st.totalReps).toBe(8);
    expect(run(cfg, [NEUTRAL, { ms: 40_000 }], { sigma: 0.01, seed: 3 }).st.totalReps).toBe(0);
  });

  it('times shrug holds', () => {
    const cfg = coachConfig('shoulder-lift', {
      ...CATALOG['shoulder-shrug-strength'].dose,
      reps: 3,
    });
    const shrugs = (ms: number): Segment[] =>
      Array.from({ length: 3 }, () => [{ ms, move: { shoulderUp: 0.1 } }, { ms: 2000 }]).flat();
    expect(run(cfg, [NEUTRAL, ...shrugs(2600)]).st.totalReps).toBe(3);
    expect(run(cfg, [NEUTRAL, ...shrugs(1000)]).st.totalReps).toBe(0);
  });
});
