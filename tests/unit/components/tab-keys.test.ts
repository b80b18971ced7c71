import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from '../../../components/tab-keys';

describe('tabKeyTarget', () => {
  it.each([
    ['ArrowRight', 0, 6, 1],
    ['ArrowRight', 5, 6, 0],
    ['ArrowLeft', 3, 6, 2],
    ['ArrowLeft', 0, 6, 5],
    ['Home', 4, 6, 0],
    ['End', 1, 6, 5],
    ['ArrowRight', 0, 1, 0],
  ])('%s from tab %i of %i goes to tab %i', (key, from, count, to) => {
    expect(tabKeyTarget(key, from, count)).toBe(to);
  });

  it.each([
    ['ArrowDown', 0, 6],
    ['Tab', 2, 6],
    ['Enter', 2, 6],
    ['ArrowRight', 0, 0],
  ])('%s from tab %i of %i is left to the browser', (key, from, count) => {
    expect(tabKeyTarget(key, from, count)).toBeNull();
  });
});
