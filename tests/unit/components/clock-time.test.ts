import { describe, expect, it } from 'vitest';
import { formatTimeOfDay, parseTimeOfDay, uses12HourClock } from '../../../components/clock-time';

describe('clock times in the page language', () => {
  it.each([
    ['de', false],
    ['es', false],
    ['en-US', true],
    ['en-GB', false],
  ])('%s uses a 12-hour clock: %s', (locale, h12) => expect(uses12HourClock(locale)).toBe(h12));

  it.each([
    ['de', 8 * 60, '08:00'],
    ['de', 17 * 60 + 30, '17:30'],
    ['es', 8 * 60 + 5, '08:05'],
    ['en-US', 8 * 60, '8:00 AM'],
    ['en-US', 18 * 60, '6:00 PM'],
    ['en-US', 0, '12:00 AM'],
  ])('%s writes %i min as %s', (locale, min, text) =>
    expect(formatTimeOfDay(min, locale)).toBe(text),
  );

  it.each([
    ['8', 'de', 480],
    ['08:00', 'de', 480],
    ['8.30', 'de', 510],
    ['8h30', 'es', 510],
    ['20:30', 'en-US', 1230],
    ['8:30 pm', 'en-US', 1230],
    ['8:30PM', 'de', 1230],
    ['12:00 AM', 'en-US', 0],
    ['12:15 pm', 'en-US', 735],
    ['8:30 p. m.', 'es', 1230],
    [' 7:05 a.m. ', 'en-US', 425],
    ['24:00', 'de', null],
    ['8:60', 'de', null],
    ['13:00 pm', 'en-US', null],
    ['0:30 am', 'en-US', null],
    ['8:3', 'de', null],
    ['acht', 'de', null],
    ['', 'de', null],
    ['8:30 xy', 'en-US', null],
  ])('reads %j (%s) as %s', (text, locale, min) => expect(parseTimeOfDay(text, locale)).toBe(min));

  it.each(['de', 'es', 'en-US'])('reads back what it writes in %s', (locale) => {
    for (const min of [0, 59, 480, 725, 1439])
      expect(parseTimeOfDay(formatTimeOfDay(min, locale), locale)).toBe(min);
  });
});
