// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '../../../lib/backup/format';
import type { BackupErrorCode } from '../../../lib/backup/problem';
import { MAX_BACKUP_CHARS, parseBackup } from '../../../lib/backup/validate';
import { MAX_BACKUP_DAYS } from '../../../lib/backup/sections';
import { emptyDay, shiftDay } from '../../../lib/history/day';
import { DAY_MS, NOW, fileWith, owned } from './sample';

type F = Record<string, unknown>;
const days = (f: F) => f.days as F[];
const ex = (f: F) => f.exercises as F;

describe('parseBackup accepts a real backup', () => {
  it('gives back exactly what was exported', () => {
    const r = parseBackup(fileWith(), NOW);
    expect(r).toEqual({ ok: true, exportedAt: NOW - DAY_MS, data: owned() });
  });

  it('coerces like storage: unknown settings and exercise ids are dropped, numbers clamped', () => {
    const r = parseBackup(
      fileWith((f) => {
        (f.settings as F).notASetting = 1;
        (f.settings as F).retentionDays = 99_999;
        ex(f).removed = ['shoulder-rolls', 'made-up'];
      }),
      NOW,
    );
    expect(r.ok && r.data.settings).toEqual({ retentionDays: 730, strictness: 'firm' });
    expect(r.ok && r.data.exercises.removed).toEqual(['shoulder-rolls']);
  });

  it('migrates settings of an older version (v1 sensitivity words)', () => {
    const r = parseBackup(
      fileWith((f) => {
        f.settingsVersion = 1;
        (f.settings as F).sensitivity = 'high';
      }),
      NOW,
    );
    expect(r.ok && r.data.settings.sensitivity).toBe(4);
  });

  it('allows a day dated tomorrow (a file from a time zone ahead)', () => {
    const tomorrow = shiftDay('2026-03-10', 1);
    const r = parseBackup(
      fileWith((f) => days(f).push(emptyDay(tomorrow) as never)),
      NOW,
    );
    expect(r.ok).toBe(true);
  });
});

const hostile: [string, string, BackupErrorCode, string][] = [
  ['not JSON', '{"app": "chin-up", ', 'not-json', ''],
  ['an empty file', '', 'not-json', ''],
  ['JSON but an array', '[1, 2, 3]', 'not-backup', ''],
  ['another app', fileWith((f) => (f.app = 'other')), 'not-backup', ''],
  ['an old history-only export', fileWith((f) => delete f.kind), 'not-backup', ''],
  [
    'a newer backup',
    fileWith((f) => (f.backupVersion = BACKUP_VERSION + 1)),
    'newer-version',
    'backupVersion',
  ],
  ['version 0', fileWith((f) => (f.backupVersion = 0)), 'bad-version', 'backupVersion'],
  ['version as text', fileWith((f) => (f.backupVersion = '1')), 'wrong-type', 'backupVersion'],
  ['a newer history', fileWith((f) => (f.historyVersion = 99)), 'newer-version', 'historyVersion'],
  [
    'a newer settings version',
    fileWith((f) => (f.settingsVersion = 99)),
    'newer-version',
    'settingsVersion',
  ],
  [
    '__proto__ at the top',
    fileWith().replace('{', '{"__proto__": {"polluted": true},'),
    'forbidden-key',
    '__proto__',
  ],
  [
    '__proto__ in settings',
    fileWith().replace('"settings":{', '"settings":{"__proto__": {"x": 1},'),
    'forbidden-key',
    'settings.__proto__',
  ],
  [
    'constructor in a day',
    fileWith((f) => (days(f)[0]!.constructor = { prototype: {} } as never)),
    'forbidden-key',
    'days[0].constructor',
  ],
  [
    'prototype in baselines',
    fileWith((f) => ((f.baselines as F).prototype = {})),
    'forbidden-key',
    'baselines.prototype',
  ],
  [
    'nested 20 deep',
    fileWith((f) => (f.extra = JSON.parse('['.repeat(20) + ']'.repeat(20)) as never)),
    'too-deep',
    'extra' + '[0]'.repeat(8),
  ],
  ['settings as a list', fileWith((f) => (f.settings = [])), 'wrong-type', 'settings'],
  [
    'a setting of the wrong type',
    fileWith((f) => ((f.settings as F).strictness = 7)),
    'wrong-type',
    'settings.strictness',
  ],
  ['days not a list', fileWith((f) => (f.days = {})), 'wrong-type', 'days'],
  ['a day without a date', fileWith((f) => delete days(f)[1]!.day), 'wrong-type', 'days[1].day'],
  ['a count as text', fileWith((f) => (days(f)[0]!.nudges = '3')), 'wrong-type', 'days[0].nudges'],
  [
    'a tally as a number',
    fileWith((f) => ((days(f)[1]!.exercises as F)['chin-tuck'] = 5)),
    'wrong-type',
    'days[1].exercises.chin-tuck',
  ],
  [
    'a diary without a score',
    fileWith((f) => (days(f)[1]!.headache = { note: 'x' })),
    'wrong-type',
    'days[1].headache',
  ],
  [
    'the same day twice',
    fileWith((f) => days(f).push(days(f)[0]!)),
    'duplicate-day',
    'days[2].day',
  ],
  [
    'a day in 2099',
    fileWith((f) => days(f).push(emptyDay('2099-01-01') as never)),
    'future-date',
    'days[2].day',
  ],
  [
    'exported in 2099',
    fileWith((f) => (f.exportedAt = '2099-01-01T00:00:00.000Z')),
    'future-date',
    'exportedAt',
  ],
  [
    'an export date that is no date',
    fileWith((f) => (f.exportedAt = 'yesterday')),
    'wrong-type',
    'exportedAt',
  ],
  [
    'a red-flags answer from the future',
    fileWith((f) => (ex(f).safetyAckAt = NOW + 9 * DAY_MS)),
    'future-date',
    'exercises.safetyAckAt',
  ],
  [
    'a neck session from the future',
    fileWith((f) => (ex(f).neckLog = [{ at: NOW + 9 * DAY_MS, level: 0, repsDone: 1 }])),
    'future-date',
    'exercises.neckLog[0].at',
  ],
  [
    'a neck session of the wrong shape',
    fileWith((f) => (ex(f).neckLog = [{ at: 1, level: 'x' }])),
    'wrong-type',
    'exercises.neckLog[0]',
  ],
  [
    'removed ids that are numbers',
    fileWith((f) => (ex(f).removed = [1])),
    'wrong-type',
    'exercises.removed[0]',
  ],
  [
    'a broken baseline',
    fileWith((f) => ((f.baselines as F).cam1 = { version: 1 })),
    'wrong-type',
    'baselines.cam1',
  ],
  ['exercises missing', fileWith((f) => delete f.exercises), 'wrong-type', 'exercises'],
  [
    'a desk check of the wrong shape',
    fileWith((f) => (f.desk = { last: 5 })),
    'wrong-type',
    'desk.last',
  ],
  [
    'more days than any backup',
    fileWith((f) => (f.days = Array.from({ length: MAX_BACKUP_DAYS + 1 }, () => ({})))),
    'too-large',
    'days',
  ],
  [
    'a huge neck log',
    fileWith((f) => (ex(f).neckLog = Array.from({ length: 5000 }, () => 0))),
    'too-large',
    'exercises.neckLog',
  ],
  ['a file over the size limit', fileWith().padEnd(MAX_BACKUP_CHARS + 1, ' '), 'too-large', ''],
];

describe('parseBackup refuses hostile and broken files with the first problem', () => {
  it.each(hostile)('%s', (_name, text, code, where) => {
    expect(parseBackup(text, NOW)).toEqual({ ok: false, error: { code, where } });
  });

  it('a refused __proto__ file pollutes no prototype', () => {
    parseBackup(fileWith().replace('{', '{"__proto__": {"polluted": true},'), NOW);
    expect(({} as F).polluted).toBeUndefined();
  });
});
