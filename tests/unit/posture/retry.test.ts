// @vitest-environment node
// The padded retry's pure geometry (the camera host draws and detects; this maps back).
import { describe, expect, it } from 'vitest';
import { paddedLayout, unpadPoses } from '../../../lib/posture/retry';
import { PAD_RETRY_SCALE } from '../../../lib/posture/thresholds';
import { fixture } from './fixtures';

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
