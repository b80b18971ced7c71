/**
 * The payload parser of every message, as a table: a good payload of each message, and for each
 * the same failures derived from it (wrong types, extra keys, missing keys, `__proto__` keys, not
 * an object). `GOOD` is typed by the protocols, so a new message needs a sample here too.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_PARSERS,
  CAMERA_HOST_PARSERS,
  messageNames,
  parserFor,
} from '../../lib/message-parsers';
import type { BackgroundProtocol, CameraHostProtocol } from '../../lib/messages';
import type { Parser } from '../../lib/parse';
import type { Landmark, PoseFrame } from '../../lib/posture/types';

const lm: Landmark = { x: 0.5, y: 0.5, z: 0, visibility: 0.9 };
const frame: PoseFrame = {
  t: 1000,
  poses: [Array.from({ length: 33 }, () => ({ ...lm }))],
  brightness: 120,
  width: 640,
  height: 480,
};

type Samples<P> = { [N in keyof P]: P[N] extends [infer D, unknown] ? D : never };
const GOOD: Samples<BackgroundProtocol> & Samples<CameraHostProtocol> = {
  'pose:frame': { frame, deviceId: 'cam-1' },
  'camera:status': { status: 'busy', detail: 'NotReadableError', deviceId: 'cam-1' },
  'status:get': {},
  'settings:get': {},
  'settings:set': { patch: { awayAfterSec: 120 } },
  'calibration:save': { deviceId: 'cam-1', frames: [frame, frame] },
  'calibration:drift': { deviceId: 'cam-1', frames: [frame] },
  'monitor:pause': { choice: '1h' },
  'monitor:resume': {},
  'break:start': { kind: 'micro' },
  'break:action': { id: 'micro-abc', action: 'snooze' },
  'history:exercise': { id: 'chin-tuck', reps: 8, holdSec: 5, durationSec: 90 },
  'history:get': {},
  'history:diary': {
    day: '2026-11-30',
    intensity: 4,
    note: 'after lunch',
    details: { type: 'tension-type', medicine: true, triggers: ['stress'] },
  },
  'data:clear': {},
  'data:epoch': {},
  'camera:retry': {},
  'exercise:update': { op: { op: 'remove', id: 'chin-tuck' } },
  'desk:save': { store: { last: null, previous: null } },
  'backup:export': {},
  'backup:preview': { text: '{"app": "chin-up"}', mode: 'merge' },
  'backup:import': { text: '{"app": "chin-up"}', mode: 'replace' },
  'sense:configure': { intervalMs: 5000, burstFrames: 1, keepCameraOpen: false },
  'sense:stop': {},
};

const PARSERS: Record<string, Parser<unknown>> = { ...BACKGROUND_PARSERS, ...CAMERA_HOST_PARSERS };
const cases = Object.entries(GOOD) as [string, Record<string, unknown>][];

/** Values of another JS type than the good sample's that a field also accepts. */
const ALSO_GOOD: Record<string, unknown[]> = { 'history:diary.intensity': [null] };

/** Values of other JS types than `v`. */
function wrongTypes(v: unknown): unknown[] {
  const all: unknown[] = ['x', 42, true, null, [], { a: 1 }];
  const kind = (x: unknown) => (Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x);
  return all.filter((w) => kind(w) !== kind(v));
}

describe('message parsers', () => {
  it('cover exactly the message names of both protocols', () => {
    expect(Object.keys(PARSERS).sort()).toEqual(Object.keys(GOOD).sort());
    expect(messageNames('background').sort()).toEqual(Object.keys(BACKGROUND_PARSERS).sort());
    expect(messageNames('camera-host')).toEqual(['sense:configure', 'sense:stop']);
  });

  describe.each(cases)('%s', (name, good) => {
    const parse = PARSERS[name]!;

    it('accepts the good payload, as a copy', () => {
      const got = parse(structuredClone(good));
      expect(got).toEqual(good);
      if (Object.keys(good).length > 0) expect(got).not.toBe(good);
    });

    it('refuses a payload that is not a plain object', () => {
      for (const x of [undefined, null, 'x', 42, [], [good], new Date(0)])
        expect(parse(x), String(x)).toBeUndefined();
    });

    it('refuses an extra key', () => {
      expect(parse({ ...good, extra: 1 })).toBeUndefined();
    });

    it('refuses an own __proto__ key, and pollutes nothing', () => {
      const raw = JSON.parse(
        `{"__proto__": {"polluted": true}${Object.keys(good).length ? ',' : ''}${JSON.stringify(good).slice(1)}`,
      ) as Record<string, unknown>;
      expect(Object.keys(raw)).toContain('__proto__');
      expect(parse(raw)).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it.each(Object.keys(good))('refuses wrong types of %s', (key) => {
      for (const w of wrongTypes(good[key]).filter(
        (w) => !ALSO_GOOD[`${name}.${key}`]?.includes(w),
      ))
        expect(parse({ ...good, [key]: w }), `${key}: ${JSON.stringify(w)}`).toBeUndefined();
    });

    const required = Object.keys(good).filter(
      (k) =>
        !(name === 'camera:status' && k !== 'status') &&
        !(name === 'history:diary' && (k === 'note' || k === 'details')),
    );
    if (required.length > 0)
      it.each(required)('refuses a payload without %s', (key) => {
        const rest = { ...good };
        delete rest[key];
        expect(parse(rest)).toBeUndefined();
      });
  });
});

describe('message parsers: values', () => {
  const bg = BACKGROUND_PARSERS;

  it('take optional fields as absent or undefined, never null', () => {
    expect(bg['camera:status']({ status: 'off' })).toEqual({ status: 'off' });
    expect(bg['camera:status']({ status: 'off', deviceId: undefined })).toEqual({ status: 'off' });
    expect(bg['camera:status']({ status: 'off', detail: null })).toBeUndefined();
    expect(bg['history:diary']({ day: '2026-11-30', intensity: null })).toEqual({
      day: '2026-11-30',
      intensity: null,
    });
  });

  it('reduce diary details to their valid fields; take the neck-training break kind', () => {
    expect(
      bg['history:diary']({
        day: '2026-11-30',
        intensity: 3,
        details: { type: 'tension-type', medicine: 'yes', triggers: ['stress', 'moon'] },
      }),
    ).toEqual({
      day: '2026-11-30',
      intensity: 3,
      details: { type: 'tension-type', triggers: ['stress'] },
    });
    expect(bg['break:start']({ kind: 'neck-training' })).toEqual({ kind: 'neck-training' });
  });

  it('refuse names outside their as-const lists', () => {
    expect(bg['camera:status']({ status: 'exploded' })).toBeUndefined();
    expect(bg['break:start']({ kind: 'nap' })).toBeUndefined();
    expect(bg['monitor:pause']({ choice: 'forever' })).toBeUndefined();
    expect(bg['break:action']({ id: 'x', action: 'boom' })).toBeUndefined();
  });

  it('refuse out-of-range values', () => {
    expect(bg['break:action']({ id: 'x'.repeat(101), action: 'skip' })).toBeUndefined();
    expect(bg['break:action']({ id: '', action: 'skip' })).toBeUndefined();
    expect(bg['history:exercise']({ ...GOOD['history:exercise'], reps: -1 })).toBeUndefined();
    expect(bg['history:exercise']({ ...GOOD['history:exercise'], reps: Infinity })).toBeUndefined();
    expect(
      bg['history:exercise']({ ...GOOD['history:exercise'], id: 'x'.repeat(65) }),
    ).toBeUndefined();
    expect(bg['history:diary']({ day: '2026-11-30', intensity: 11 })).toBeUndefined();
    expect(bg['history:diary']({ day: '2026-13-40', intensity: 1 })).toBeUndefined();
    expect(bg['history:diary']({ day: 'yesterday', intensity: 1 })).toBeUndefined();
  });

  it('refuse incomplete pose frames, alone or among calibration frames', () => {
    const bad = [
      { ...frame, t: 'now' },
      { ...frame, poses: [[lm]] },
      { ...frame, poses: [frame.poses[0], frame.poses[0], frame.poses[0]] },
      { ...frame, world: 'x' },
    ];
    for (const f of bad) {
      expect(bg['pose:frame']({ frame: f, deviceId: 'c' })).toBeUndefined();
      expect(bg['calibration:save']({ deviceId: 'c', frames: [frame, f] })).toBeUndefined();
      expect(bg['calibration:drift']({ deviceId: 'c', frames: [frame, f] })).toBeUndefined();
    }
    expect(bg['calibration:drift']({ deviceId: 'c', frames: 'none' })).toBeUndefined();
    expect(bg['calibration:save']({ deviceId: 'c', frames: 'none' })).toBeUndefined();
    expect(
      bg['calibration:save']({ deviceId: 'c', frames: Array(301).fill(frame) }),
    ).toBeUndefined();
    expect(bg['calibration:save']({ deviceId: 'c', frames: [] })).toEqual({
      deviceId: 'c',
      frames: [],
    });
  });

  it('normalize free text, settings patches and sampling configuration', () => {
    expect(bg['camera:status']({ status: 'busy', detail: 'e'.repeat(500) })?.detail).toHaveLength(
      300,
    );
    expect(
      bg['history:diary']({ day: '2026-11-30', intensity: 2, note: `  ${'n'.repeat(400)} ` })?.note,
    ).toHaveLength(280);
    const patch = JSON.parse(
      '{"awayAfterSec": 120, "strictness": "brutal", "unknown": 1, "__proto__": {"polluted": true}}',
    ) as unknown;
    expect(bg['settings:set']({ patch })).toEqual({ patch: { awayAfterSec: 120 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      CAMERA_HOST_PARSERS['sense:configure']({
        intervalMs: 1,
        burstFrames: 9.4,
        keepCameraOpen: true,
      }),
    ).toEqual({ intervalMs: 250, burstFrames: 5, keepCameraOpen: true });
    expect(
      CAMERA_HOST_PARSERS['sense:configure']({
        intervalMs: 1e9,
        burstFrames: 0,
        keepCameraOpen: false,
      }),
    ).toEqual({ intervalMs: 120_000, burstFrames: 1, keepCameraOpen: false });
  });

  it('are found by receiver and name only', () => {
    expect(parserFor('background', 'status:get')).toBe(bg['status:get']);
    expect(parserFor('camera-host', 'status:get')).toBeUndefined();
    expect(parserFor('background', 'sense:stop')).toBeUndefined();
    for (const n of ['toString', '__proto__', 'constructor', 42, null, undefined])
      expect(parserFor('background', n), String(n)).toBeUndefined();
  });
});
