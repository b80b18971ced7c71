// @vitest-environment node
// The engine's time-dependent states on recorded frames: a deep bow told from a glance by how
// long it lasts, and a face filling the frame held for a minute.
import { describe, expect, it } from 'vitest';
import { scoreDrift } from '../../../lib/posture/classify';
import type { EngineState } from '../../../lib/posture/engine';
import { computeFeatures } from '../../../lib/posture/features';
import { baselineOf, kinds, repeat, run } from './engine-helpers';
import { fixture, zoom } from './fixtures';

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
