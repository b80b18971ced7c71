import { describe, expect, it } from 'vitest';
import { neutralOf, poseSignals, retraction } from '../../../lib/exercises/signals';
import { BASES, FIXTURE_FRAMES, SYNTHETIC, movePose, type Base, type Move } from './pose-sequences';

const sigOf = (b: Base, m: Move = {}) => poseSignals(movePose(b, m), b.width, b.height)!;

describe.each(BASES.map((b) => [b.name, b] as const))('poseSignals on base %s', (_n, base) => {
  const n = sigOf(base);

  it('reads the neutral pose', () => {
    expect(n).not.toBeNull();
    expect(Math.abs(n.rollDeg)).toBeLessThan(10);
    expect(n.faceScale).toBeGreaterThan(0.5);
    expect(n.faceScale).toBeLessThan(1.2);
    expect(n.neckGap).toBeGreaterThan(0.3);
  });

  it.each([-40, -20, 20, 40])('follows a %s deg head turn in sign and rough size', (yaw) => {
    const d = sigOf(base, { yawDeg: yaw }).yawDeg - n.yawDeg;
    expect(Math.sign(d)).toBe(Math.sign(yaw));
    expect(Math.abs(d)).toBeGreaterThan(Math.abs(yaw) * 0.6);
    expect(Math.abs(d)).toBeLessThan(Math.abs(yaw) * 1.5);
  });

  it.each([-25, -10, 10, 25])('measures a %s deg side bend within 1 deg', (roll) => {
    expect(Math.abs(sigOf(base, { rollDeg: roll }).rollDeg - n.rollDeg - roll)).toBeLessThan(1);
  });

  it('sees a chin tuck as retraction, not a head turn or leaning in', () => {
    expect(retraction(sigOf(base, { scale: 0.95 }), neutralOf([n])!)).toBeGreaterThan(0.04);
    expect(retraction(sigOf(base, { yawDeg: 30 }), n)).toBeNull();
    expect(Math.abs(retraction(sigOf(base, { bodyScale: 1.1 }), n)!)).toBeLessThan(0.005);
  });

  it('sees shoulders rising as a smaller neck gap', () => {
    expect(n.neckGap - sigOf(base, { shoulderUp: 0.1 }).neckGap).toBeCloseTo(0.1, 2);
  });
});

describe('poseSignals on the synthetic base', () => {
  it.each([-40, -20, 20, 40])('estimates yaw %s deg within 3 deg', (yaw) => {
    const n = sigOf(SYNTHETIC);
    expect(Math.abs(n.yawDeg)).toBeLessThan(3);
    expect(Math.abs(sigOf(SYNTHETIC, { yawDeg: yaw }).yawDeg - yaw)).toBeLessThan(3);
  });

  it('refuses off-frame or low-visibility key points', () => {
    const p = SYNTHETIC.pose;
    const off = p.map((q, i) => (i === 11 ? { ...q, x: 1.05 } : q));
    expect(poseSignals(off, 640, 480)).toBeNull();
    const dim = p.map((q, i) => (i === 7 ? { ...q, visibility: 0.3 } : q));
    expect(poseSignals(dim, 640, 480)).toBeNull();
    expect(poseSignals(p.slice(0, 10), 640, 480)).toBeNull();
  });

  it('takes the median as the neutral', () => {
    const a = sigOf(SYNTHETIC),
      b = sigOf(SYNTHETIC, { rollDeg: 2 }),
      c = sigOf(SYNTHETIC, { rollDeg: 40 });
    expect(neutralOf([a, b, c])!.rollDeg).toBeCloseTo(b.rollDeg);
    expect(neutralOf([])).toBeNull();
  });
});

const F = FIXTURE_FRAMES;
const sigF = (name: string) => {
  const b = F[name]!;
  return poseSignals(b.pose, b.width, b.height)!;
};

describe.skipIf(!F['vincent-neutral-100'])('signals on recorded frames (real inference)', () => {
  it('a forward-head frame back to neutral reads as a large retraction', () => {
    for (const fwd of ['vincent-forward-100', 'vincent-forward-120', 'vincent-forward-c2-121'])
      for (const neu of ['vincent-neutral-100', 'vincent-neutral-110', 'vincent-neutral-138'])
        expect(retraction(sigF(neu), sigF(fwd)), `${fwd} -> ${neu}`).toBeGreaterThan(0.1);
  });

  it('neutral frames of the same person stay below the chin-tuck entry threshold', () => {
    const names = [
      'vincent-neutral-100',
      'vincent-neutral-101',
      'vincent-neutral-110',
      'vincent-neutral-120',
      'vincent-neutral-138',
    ];
    const neutral = neutralOf(names.map(sigF))!;
    for (const n of names) expect(retraction(sigF(n), neutral)!, n).toBeLessThan(0.035);
  });

  it('a recorded side tilt reads as roll toward the lowered ear, a recorded shrug as lift', () => {
    expect(sigF('kirtijindal-tilt').rollDeg - sigF('kirtijindal-neutral').rollDeg).toBeGreaterThan(
      15,
    );
    expect(
      sigF('gustavostz-neutral').neckGap - sigF('gustavostz-shrug-tilt').neckGap,
    ).toBeGreaterThan(0.05);
  });
});
