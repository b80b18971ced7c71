// @vitest-environment node
// The engine's time-dependent states on recorded frames: a deep bow told from a glance by how
// long it lasts, a face filling the frame held for a minute, two-pose calibration, padded retry.
import { describe, expect, it } from 'vitest';
import { scoreDrift } from '../../../lib/posture/classify';
import { calibrateDrift } from '../../../lib/posture/drift';
import type { EngineState } from '../../../lib/posture/engine';
import { computeFeatures } from '../../../lib/posture/features';
import { paddedLayout, unpadPoses } from '../../../lib/posture/retry';
import { PAD_RETRY_SCALE } from '../../../lib/posture/thresholds';
import { baselineOf, kinds, repeat, run } from './engine-helpers';
import { blend, fixture, zoom } from './fixtures';

describe('a deep bow: a glance unless it lasts', () => {
  const L = baselineOf('lazybot-neutral-50');
  const n = () => fixture('lazybot-neutral-84');
  const deep = () => fixture('lazybot-deep-bow-120');
  const bow = () => fixture('lazybot-forward-100');

  it('the recorded deep bow is deep; the moderate one is not', () => {
    const d = (name: 'lazybot-deep-bow-120' | 'lazybot-forward-100') => {
      const r = computeFeatures(fixture(name));
      return r.ok ? scoreDrift(r.features, L) : null;
    };
    expect(d('lazybot-deep-bow-120')).toMatchObject({ ok: true, deep: true });
    expect(d('lazybot-forward-100')).toMatchObject({ ok: true, deep: false });
  });

  it('30 s of deep bow (a look at the phone) is never reported', () => {
    const k = kinds(run([n(), ...repeat(7, deep), ...repeat(4, n)], L, 5000));
    expect(k).not.toContain('forward-head');
  });

  it('a deep bow held past 45 s is reported, and sitting up ends it', () => {
    const k = kinds(run([n(), ...repeat(14, deep), ...repeat(8, n)], L, 5000));
    expect(k.slice(1, 9)).not.toContain('forward-head');
    expect(k[14]).toBe('forward-head');
    expect(k.at(-1)).toBe('neutral');
  });

  it('a moderate bow needs only the normal 10 s dwell', () => {
    const k = kinds(run([n(), ...repeat(4, bow)], L, 5000));
    expect(k.at(-1)).toBe('forward-head');
  });
});

describe('too close: a face filling the frame', () => {
  const F = baselineOf('faceapi-webcam');
  const ok = () => fixture('faceapi-webcam');
  const close = () => zoom(fixture('faceapi-webcam'), 2.5);

  it('is its own state at once, and leaning in after a minute', () => {
    const steps = run([ok(), ...repeat(8, close), ok()], F, 10_000);
    const k = kinds(steps);
    expect(k.slice(1, 6).every((x) => x === 'unknown:too-close')).toBe(true);
    expect(k[7]).toBe('forward-head');
    expect(steps[7]!.posture).toEqual({ kind: 'forward-head', cue: 'too-close' });
    expect(k.at(-1)).toBe('neutral');
  });

  it('engine states stored before the too-close timer existed still step', () => {
    const steps = run([ok()], F, 10_000);
    const old: Partial<EngineState> = { ...steps[0]!.state };
    delete old.tooCloseSince;
    const next = run([close()], F, 10_000, undefined, {
      state: old as EngineState,
      t0: steps[0]!.t + 10_000,
    });
    expect(kinds(next)).toEqual(['unknown:too-close']);
  });
});

describe('two-pose calibration', () => {
  const V = baselineOf('vincent-neutral-100');
  const drifted = () => repeat(10, () => fixture('vincent-forward-120'));

  it('learns the person own drift and puts the threshold half-way along it', () => {
    const r = calibrateDrift(V, drifted());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const score = (k: number) => {
      const f = computeFeatures(
        blend(fixture('vincent-neutral-100'), fixture('vincent-forward-120'), k),
      );
      const d = f.ok ? scoreDrift(f.features, r.baseline) : null;
      return d?.ok ? d.score : NaN;
    };
    expect(score(0)).toBeCloseTo(0, 1);
    expect(score(0.5)).toBeCloseTo(1, 0);
    expect(score(0.3)).toBeLessThan(1);
    expect(score(1)).toBeGreaterThan(1.6);
  });

  it('keeps the population rule for a cue the second pose did not move (leaning in)', () => {
    const r = calibrateDrift(V, drifted());
    if (!r.ok) throw new Error(r.issue);
    const f = computeFeatures(fixture('vincent-neutral-100'));
    if (!f.ok) throw new Error(f.reason);
    const closer = { ...f.features, faceFrac: f.features.faceFrac * 1.8 };
    expect(r.baseline.drift && Math.abs(r.baseline.drift.lean)).toBeLessThan(1);
    const d = scoreDrift(closer, r.baseline);
    expect(d.ok && d.score).toBeGreaterThan(1);
  });

  it.each([
    [
      'a second pose that is the neutral one',
      () => repeat(10, () => fixture('vincent-neutral-101')),
      'too-small',
    ],
    [
      'nobody in the second pose',
      () => repeat(10, () => ({ ...fixture('vincent-neutral-101'), poses: [] })),
      'no-person',
    ],
  ] as const)('refuses %s (%s): the population rule stays', (_name, frames, issue) => {
    expect(calibrateDrift(V, frames())).toEqual({ ok: false, issue });
  });
});

describe('padded retry geometry', () => {
  it('draws the frame shrunk and centred, and maps landmarks back exactly', () => {
    expect(paddedLayout(640, 480)).toEqual({
      x: 320 * (1 - PAD_RETRY_SCALE),
      y: 240 * (1 - PAD_RETRY_SCALE),
      w: 640 * PAD_RETRY_SCALE,
      h: 480 * PAD_RETRY_SCALE,
    });
    const frame = fixture('erin-forward-retry');
    const off = (1 - PAD_RETRY_SCALE) / 2;
    const onCanvas = frame.poses.map((p) =>
      p.map((l) => ({ ...l, x: off + l.x * PAD_RETRY_SCALE, y: off + l.y * PAD_RETRY_SCALE })),
    );
    const back = unpadPoses(onCanvas);
    back[0]!.forEach((l, i) => {
      expect(l.x).toBeCloseTo(frame.poses[0]![i]!.x, 9);
      expect(l.y).toBeCloseTo(frame.poses[0]![i]!.y, 9);
    });
  });
});
