import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { resolveSettings, type PolicyIssue } from '../../lib/settings-policy';
import { EXAMPLE_POLICY } from '../../lib/managed-schema';

const issueSummary = (issues: PolicyIssue[]) =>
  issues.map((i) => [i.key, i.problem.kind, i.using ?? null]);

describe('resolveSettings: policy values', () => {
  it.each([
    // [policy, expected effective value of `key`, expected issues [key, kind, using]]
    ['valid bool', { cameraEnabled: false }, 'cameraEnabled', false, []],
    ['valid int', { microBreakEveryMin: 30 }, 'microBreakEveryMin', 30, []],
    ['valid enum', { strictness: 'firm' }, 'strictness', 'firm', []],
    ['valid list', { workDays: [1, 2, 3] }, 'workDays', [1, 2, 3], []],
    [
      'bool as text',
      { cameraEnabled: 'false' },
      'cameraEnabled',
      true,
      [['cameraEnabled', 'type', 'true']],
    ],
    ['int as text', { snoozeMin: '10' }, 'snoozeMin', 5, [['snoozeMin', 'type', '5']]],
    [
      'int above max',
      { microBreakEveryMin: 600 },
      'microBreakEveryMin',
      20,
      [['microBreakEveryMin', 'range', '20']],
    ],
    ['int below min', { maxSnoozes: -1 }, 'maxSnoozes', 2, [['maxSnoozes', 'range', '2']]],
    [
      'enum typo',
      { strictness: 'Firm' },
      'strictness',
      'normal',
      [['strictness', 'value', '"normal"']],
    ],
    [
      'list with one bad item',
      { routinesOffered: ['micro', 'yoga'] },
      'routinesOffered',
      DEFAULT_SETTINGS.routinesOffered,
      [['routinesOffered', 'value', JSON.stringify(DEFAULT_SETTINGS.routinesOffered)]],
    ],
    [
      'list not a list',
      { workDays: 'Mon-Fri' },
      'workDays',
      [1, 2, 3, 4, 5],
      [['workDays', 'type', '[1,2,3,4,5]']],
    ],
    [
      'unknown key',
      { reportEmail: 'boss@example.com' },
      'cameraEnabled',
      true,
      [['reportEmail', 'unknown-key', null]],
    ],
    [
      'inherited name',
      { toString: 1, constructor: 2 },
      'cameraEnabled',
      true,
      [
        ['toString', 'unknown-key', null],
        ['constructor', 'unknown-key', null],
      ],
    ],
  ] as const)('%s', (_name, policy, key, value, issues) => {
    const r = resolveSettings({}, policy);
    expect(r.settings[key]).toEqual(value);
    expect(issueSummary(r.policyIssues)).toEqual(issues);
    expect(r.managed.includes(key)).toBe(issues.length === 0 && key in policy);
  });

  it('treats a missing or junk policy as no policy', () => {
    for (const p of [undefined, null, 'x', [1], 3]) {
      const r = resolveSettings({}, p);
      expect(r).toEqual({
        settings: DEFAULT_SETTINGS,
        locked: [],
        managed: [],
        limits: {},
        policyIssues: [],
      });
    }
  });

  it('records what the organization gave, truncated', () => {
    const r = resolveSettings({}, { meetingSites: 'x'.repeat(500) });
    expect(r.policyIssues[0]?.given.length).toBe(80);
    expect(r.policyIssues[0]?.given.endsWith('...')).toBe(true);
  });

  it('the example policy in the deployment guide has no issues', () => {
    const r = resolveSettings({}, EXAMPLE_POLICY);
    expect(r.policyIssues).toEqual([]);
    expect(r.locked).toEqual(EXAMPLE_POLICY.lockedSettings);
  });
});

describe('resolveSettings: the person and locks', () => {
  it('the person overrides unlocked policy values but not locked ones', () => {
    const r = resolveSettings(
      { strictness: 'gentle', snoozeMin: 10, routinesOffered: ['micro'] },
      { strictness: 'firm', routinesOffered: ['movement'], lockedSettings: ['routinesOffered'] },
    );
    expect(r.settings.strictness).toBe('gentle');
    expect(r.settings.snoozeMin).toBe(10);
    expect(r.settings.routinesOffered).toEqual(['movement']);
    expect(r.locked).toEqual(['routinesOffered']);
    expect(r.managed.sort()).toEqual(['routinesOffered', 'strictness']);
  });

  it('locking a key without a value locks the default', () => {
    const r = resolveSettings({ diaryEnabled: false }, { lockedSettings: ['diaryEnabled'] });
    expect(r.settings.diaryEnabled).toBe(true);
  });

  it('locking a key whose value is invalid locks the default and reports it', () => {
    const r = resolveSettings(
      { nudgeMaxPerHour: 1 },
      { nudgeMaxPerHour: 60, lockedSettings: ['nudgeMaxPerHour'] },
    );
    expect(r.settings.nudgeMaxPerHour).toBe(3);
    expect(issueSummary(r.policyIssues)).toEqual([['nudgeMaxPerHour', 'range', '3']]);
  });

  it.each([
    ['not a list', 'retentionDays', [['lockedSettings', 'type', '[]']], []],
    [
      'unknown names',
      ['retentionDays', 'toString', 7, 'retentionDays'],
      [
        ['lockedSettings', 'value', null],
        ['lockedSettings', 'value', null],
      ],
      ['retentionDays'],
    ],
  ] as const)('lockedSettings %s', (_n, lockedSettings, issues, locked) => {
    const r = resolveSettings({}, { lockedSettings });
    expect(issueSummary(r.policyIssues)).toEqual(issues);
    expect(r.locked).toEqual(locked);
  });

  it('an organization can switch the camera off and lock it (reminders only)', () => {
    const r = resolveSettings(
      { cameraEnabled: true },
      { cameraEnabled: false, lockedSettings: ['cameraEnabled'] },
    );
    expect(r.settings.cameraEnabled).toBe(false);
    expect(r.locked).toEqual(['cameraEnabled']);
    expect(r.policyIssues).toEqual([]);
  });

  it.each([{ cameraEnabled: true }, {}])(
    'an organization cannot force the camera on (%j)',
    (value) => {
      const r = resolveSettings(
        { cameraEnabled: false },
        { ...value, lockedSettings: ['cameraEnabled', 'lowPowerMode'] },
      );
      expect(r.settings.cameraEnabled).toBe(false);
      expect(r.locked).toEqual(['lowPowerMode']);
      expect(issueSummary(r.policyIssues)).toEqual([['cameraEnabled', 'camera-lock', null]]);
    },
  );

  it('ignores invalid stored user values', () => {
    const r = resolveSettings({ snoozeMin: 'later', strictness: 'firm', bogus: 1 }, {});
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, strictness: 'firm' });
    expect(r.policyIssues).toEqual([]);
  });
});

describe('resolveSettings: limits', () => {
  it('clamps the person and the defaults into the limits', () => {
    const limits = {
      microBreakEveryMin: { max: 15 },
      maxSnoozes: { min: 0, max: 1 },
      retentionDays: { min: 30 },
    };
    const r = resolveSettings({ maxSnoozes: 5, retentionDays: 7 }, { limits });
    expect(r.settings.microBreakEveryMin).toBe(15); // default 20 above the organization's max
    expect(r.settings.maxSnoozes).toBe(1);
    expect(r.settings.retentionDays).toBe(30);
    expect(r.limits).toEqual({
      microBreakEveryMin: { min: 10, max: 15 },
      maxSnoozes: { min: 0, max: 1 },
      retentionDays: { min: 30, max: 730 },
    });
    expect(r.policyIssues).toEqual([]);
  });

  it('values inside the limits pass unchanged', () => {
    const r = resolveSettings(
      { microBreakEveryMin: 12 },
      { limits: { microBreakEveryMin: { min: 10, max: 15 } } },
    );
    expect(r.settings.microBreakEveryMin).toBe(12);
  });

  it('a limit equal to the full range is no limit', () => {
    expect(resolveSettings({}, { limits: { sensitivity: { min: 1, max: 5 } } }).limits).toEqual({});
  });

  it('an organization value outside its own limits is ignored and reported', () => {
    const r = resolveSettings(
      {},
      { microBreakEveryMin: 45, limits: { microBreakEveryMin: { max: 30 } } },
    );
    expect(r.settings.microBreakEveryMin).toBe(20);
    expect(r.policyIssues).toEqual([
      {
        key: 'microBreakEveryMin',
        given: '45',
        problem: { kind: 'range', min: 10, max: 30 },
        using: '20',
      },
    ]);
  });

  it.each([
    ['not an object', 'strict', [['limits', 'type', null]], {}],
    [
      'a non-number setting',
      { cameraEnabled: { min: 1 } },
      [['limits.cameraEnabled', 'unknown-key', null]],
      {},
    ],
    [
      'an unknown setting',
      { breakEvery: { max: 3 } },
      [['limits.breakEvery', 'unknown-key', null]],
      {},
    ],
    [
      'an entry that is not an object',
      { maxSnoozes: 2 },
      [['limits.maxSnoozes', 'type', null]],
      {},
    ],
    [
      'a bound of the wrong type',
      { maxSnoozes: { max: 'two' } },
      [['limits.maxSnoozes.max', 'type', '5']],
      {},
    ],
    [
      'a bound outside the setting range',
      { maxSnoozes: { min: -2, max: 3 } },
      [['limits.maxSnoozes.min', 'range', '0']],
      { maxSnoozes: { min: 0, max: 3 } },
    ],
    [
      'an unknown bound name',
      { maxSnoozes: { maximum: 1 } },
      [['limits.maxSnoozes.maximum', 'unknown-key', null]],
      {},
    ],
    [
      'min above max',
      { nudgeMinGapMin: { min: 60, max: 20 } },
      [['limits.nudgeMinGapMin', 'min-above-max', '{"min":5,"max":120}']],
      {},
    ],
  ] as const)('limits with %s are ignored and reported', (_n, limits, issues, kept) => {
    const r = resolveSettings({ maxSnoozes: 4 }, { limits });
    expect(issueSummary(r.policyIssues)).toEqual(issues);
    expect(r.limits).toEqual(kept);
  });
});
