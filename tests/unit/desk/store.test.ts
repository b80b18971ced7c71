/** The desk check's stored record: read back leniently, accepted from a page only when well formed. */
import { describe, expect, it } from 'vitest';
import { coerceDeskStore, parseDeskStore } from '../../../lib/desk/store';

const good = {
  at: 1_700_000_000_000,
  distance: { verdict: 'ok', minCm: 55, maxCm: 75 },
  height: null,
  centre: { verdict: 'centred' },
  light: null,
  frames: { seen: 15, total: 16 },
  checked: ['elbows', 'not-an-item'],
};

describe('parseDeskStore (a page sends the record)', () => {
  it('accepts results and empty slots, keeping known checklist items only', () => {
    expect(parseDeskStore({ last: good, previous: null })).toEqual({
      last: { ...good, checked: ['elbows'] },
      previous: null,
    });
  });

  it.each([
    ['not an object', 'x'],
    ['missing slots', {}],
    ['a malformed last result', { last: { at: 'soon' }, previous: null }],
    ['a malformed previous result', { last: good, previous: 7 }],
  ])('refuses %s, so no stored result is replaced by nothing', (_name, raw) => {
    expect(parseDeskStore(raw)).toBeUndefined();
  });
});

describe('coerceDeskStore (storage read back)', () => {
  it('turns malformed or missing results into empty slots', () => {
    expect(coerceDeskStore({ last: { at: 'soon' } })).toEqual({ last: null, previous: null });
    expect(coerceDeskStore(undefined)).toEqual({ last: null, previous: null });
  });
});
