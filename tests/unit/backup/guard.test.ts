// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { guardSettings } from '../../../lib/backup/guard';
import type { Settings } from '../../../lib/settings-schema';

type S = Partial<Settings>;
const on = { locked: [], cameraOn: true };
const off = { locked: [], cameraOn: false };

describe('guardSettings', () => {
  it.each<[string, S, S, Parameters<typeof guardSettings>[2], S]>([
    ['camera on: the file applies', { cameraEnabled: false }, {}, on, { cameraEnabled: false }],
    ['camera off, not chosen here: the key goes', { cameraEnabled: true }, {}, off, {}],
    [
      'camera off by choice: the choice stays',
      { cameraEnabled: true, snoozeMin: 9 },
      { cameraEnabled: false },
      off,
      { cameraEnabled: false, snoozeMin: 9 },
    ],
    ['camera off, the file off too', { cameraEnabled: false }, {}, off, {}],
    [
      'a locked key stays as it is here',
      { strictness: 'firm', snoozeMin: 9 },
      { strictness: 'gentle' },
      { locked: ['strictness'], cameraOn: true },
      { strictness: 'gentle', snoozeMin: 9 },
    ],
  ])('%s', (_name, file, here, ctx, want) => {
    expect(guardSettings(file, here, ctx)).toEqual(want);
  });
});
