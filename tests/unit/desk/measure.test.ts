import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faceBox, lightCheck, lumaGrid } from '../../../lib/desk/light';
import { distanceRange, eyeSpacingPx } from '../../../lib/desk/measure';
import { CHECKLIST, coerceDeskResult, compare, summarize } from '../../../lib/desk/result';
import type { PoseFrame } from '../../../lib/posture/types';

/** A frame recorded from real inference (tests/fixtures/landmarks). */
const frame = (name: string): PoseFrame =>
  (
    JSON.parse(readFileSync(`tests/fixtures/landmarks/${name}.json`, 'utf8')) as {
      frame: PoseFrame;
    }
  ).frame;

describe('desk check measurements', () => {
  it('gives an honest distance range from the eye spacing', () => {
    // 640 px wide, eyes 60 px apart: a person about half a metre to 70 cm away.
    const d = distanceRange(60, 640);
    expect(d?.cm[0]).toBeGreaterThan(40);
    expect(d?.cm[1]).toBeLessThan(80);
    expect(d!.cm[1] - d!.cm[0]).toBeGreaterThan(10); // a range, not a false precision
    expect(distanceRange(200, 640)?.advice).toBe('close');
    expect(distanceRange(25, 640)?.advice).toBe('far');
    expect(distanceRange(0, 640)).toBeNull();
    const f = frame('motlabs-neutral');
    const p = f.poses[0]!;
    expect(distanceRange(eyeSpacingPx(p, f.width, f.height), f.width)?.cm).toEqual([
      expect.any(Number),
      expect.any(Number),
    ]);
  });

  it('tells light, darkness and backlight apart', () => {
    const box = { x0: 0.25, y0: 0.25, x1: 0.75, y1: 0.75 };
    const img = (face: number, bg: number) =>
      Array.from({ length: 16 * 12 }, (_, i) => {
        const x = (i % 16) + 0.5;
        const y = Math.floor(i / 16) + 0.5;
        return x / 16 >= 0.25 && x / 16 <= 0.75 && y / 12 >= 0.25 && y / 12 <= 0.75 ? face : bg;
      });
    expect(lightCheck(img(140, 120), 16, 12, box).advice).toBe('ok');
    expect(lightCheck(img(30, 40), 16, 12, box).advice).toBe('dark');
    expect(lightCheck(img(90, 230), 16, 12, box).advice).toBe('backlit');
    const f = frame('motlabs-neutral');
    const b = faceBox(f.poses[0]!);
    expect(b && b.x1 > b.x0 && b.y1 > b.y0).toBe(true);
  });

  it('scales the frame the model read down to a small grey grid', () => {
    // 64 x 48 RGBA: the left half black, the right half white.
    const w = 64;
    const h = 48;
    const data = new Uint8ClampedArray(w * h * 4);
    for (let i = 0; i < w * h; i++) data.fill(i % w >= w / 2 ? 255 : 0, i * 4, i * 4 + 4);
    const grid = lumaGrid({ data, width: w, height: h }, 4, 3);
    expect(grid).toHaveLength(12);
    expect(grid.map((v) => Math.round(v))).toEqual([
      0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255,
    ]);
    expect(lumaGrid({ data: [], width: 0, height: 0 }, 2, 2)).toEqual([0, 0, 0, 0]);
  });

  it('summarizes frames, compares with the last check and survives storage', () => {
    const light = lightCheck([150, 150, 150, 150], 2, 2, { x0: 0, y0: 0, x1: 0.5, y1: 0.5 });
    const good = summarize([frame('vincent-neutral-100'), frame('vincent-neutral-101')], light, 1);
    expect(good.frames).toEqual({ seen: 2, total: 2 });
    expect(good.height?.verdict).toBe('good');
    expect(good.centre?.verdict).toBe('good');
    const low = summarize([frame('motlabs-head-down')], light, 0);
    expect(compare(low, good)?.height).toBe('better');
    expect(compare(good, low)?.height).toBe('worse');
    expect(compare(null, good)).toBeNull();
    const nobody = summarize([{ ...frame('motlabs-neutral'), poses: [] }], light, 0);
    expect(nobody.distance).toBeNull();
    expect(nobody.light).toBeNull();
    const back = coerceDeskResult(
      JSON.parse(JSON.stringify({ ...good, checked: ['elbows', 'x'] })),
    );
    expect(back).toEqual({ ...good, checked: ['elbows'] });
    expect(coerceDeskResult({ at: 'x' })).toBeNull();
    expect(CHECKLIST).toContain('laptop-riser');
  });
});
