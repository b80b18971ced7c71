import { beforeAll, describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describePolicyIssue, resolveSettings } from '../../lib/settings-policy';

type Catalog = Map<string, { message: string; substitutions: number }>;
const catalogs: Record<string, Catalog> = {};

beforeAll(async () => {
  for (const locale of ['en', 'es', 'de']) {
    const parsed = await parseMessagesFile(`locales/${locale}.yml`);
    catalogs[locale] = new Map(
      parsed.map((m) => [
        m.key.join('_'),
        { message: 'message' in m ? String(m.message) : '', substitutions: m.substitutions },
      ]),
    );
  }
});

/** The same substitution browser.i18n performs for $1-$9. */
const render = (locale: string, key: string, params: string[]) =>
  (catalogs[locale]?.get(key)?.message ?? `<missing ${key}>`).replace(
    /\$(\d)/g,
    (_, n: string) => params[Number(n) - 1] ?? `<no $${n}>`,
  );

/** One policy per issue kind, with the English sentence the options page must show. */
const CASES: [string, unknown, string][] = [
  [
    'out of range',
    { microBreakEveryMin: 600 },
    "Your organization's value for microBreakEveryMin was not valid (600 is outside 10 to 60); using 20.",
  ],
  [
    'not allowed',
    { strictness: 'strict' },
    'Your organization\'s value for strictness was not valid ("strict" is not one of gentle, normal, firm); using "normal".',
  ],
  [
    'not a boolean',
    { cameraEnabled: 'no' },
    'Your organization\'s value for cameraEnabled was not valid ("no" is not true or false); using true.',
  ],
  [
    'not a number',
    { snoozeMin: '5' },
    'Your organization\'s value for snoozeMin was not valid ("5" is not a whole number); using 5.',
  ],
  [
    'not a list',
    { workDays: 'weekdays' },
    'Your organization\'s value for workDays was not valid ("weekdays" is not a suitable list); using [1,2,3,4,5].',
  ],
  [
    'unknown key',
    { uploadUrl: 'https://x' },
    "Your organization's policy contains uploadUrl, which this version does not know; it is ignored.",
  ],
  [
    'limit bound not a number',
    { limits: { maxSnoozes: { max: 'one' } } },
    'Your organization\'s value for limits.maxSnoozes.max was not valid ("one" is not a whole number); using 5.',
  ],
  [
    'limit entry not an object',
    { limits: { maxSnoozes: 1 } },
    "Your organization's value for limits.maxSnoozes was not valid (1 is not a group of min and max); it is ignored.",
  ],
  [
    'limit order',
    { limits: { snoozeMin: { min: 9, max: 3 } } },
    'Your organization\'s limits for limits.snoozeMin were not valid (minimum 9 is above maximum 3); using {"min":1,"max":15}.',
  ],
  [
    'locked name unknown',
    { lockedSettings: ['camera'] },
    'Your organization\'s list of locked settings contains "camera", which is not a setting; it is ignored.',
  ],
  [
    'locked not a list',
    { lockedSettings: 'all' },
    'Your organization\'s list of locked settings was not a list ("all"); no setting is locked by it.',
  ],
  [
    'camera forced on',
    { lockedSettings: ['cameraEnabled'] },
    "Your organization's policy tries to keep the camera on; that lock is ignored, because you can always turn the camera off.",
  ],
];

describe('describePolicyIssue', () => {
  it.each(CASES)('%s', (_name, policy, english) => {
    const [issue, ...rest] = resolveSettings({}, policy).policyIssues;
    expect(rest).toEqual([]);
    if (!issue) throw new Error('expected an issue');
    const { key, params } = describePolicyIssue(issue);
    expect(render('en', key, params)).toBe(english);
    for (const locale of ['es', 'de']) {
      const text = render(locale, key, params);
      expect(text).not.toMatch(/<missing|<no \$/);
      for (const p of params) expect(text).toContain(p);
    }
  });

  it('every policy* key exists in en, es and de with the same substitutions', () => {
    const en = catalogs.en;
    if (!en) throw new Error('no en catalog');
    const keys = [...en.keys()].filter((k) => k.startsWith('policy'));
    expect(keys.length).toBeGreaterThanOrEqual(14);
    for (const locale of ['es', 'de'])
      for (const k of keys)
        expect(catalogs[locale]?.get(k)?.substitutions, `${locale}.${k}`).toBe(
          en.get(k)?.substitutions,
        );
  });
});
