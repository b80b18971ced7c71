import { describe, expect, it } from 'vitest';
import { kebabKey, settingKey } from '../../../components/i18n-dynamic';
import type { SignalKind } from '../../../lib/exercises/types';
import { RED_FLAGS, STOP_SIGN_KEYS } from '../../../lib/exercises/red-flags';
import { PT_ONLY_KEYS, PT_WHEN_KEYS } from '../../../components/pt-card';
import { MIGRAINE_TIPS, TENSION_TIPS } from '../../../entrypoints/headache/paths';
import { TRIGGERS } from '../../../lib/history/diary';
import { CHECKLIST, MEASURES, type Measure } from '../../../lib/desk/result';
import { CAMERA_STATUSES, POSTURE_KINDS } from '../../../lib/posture/types';
import { SETTINGS_SPEC, SETTING_KEYS } from '../../../lib/settings-schema';
import { loadLocale } from '../support/i18n-en';
import { PRESET_IDS } from '../../../entrypoints/onboarding/presets';
import { cameraFix } from '../../../components/camera-problem';

const LANGS = ['en', 'es', 'de'] as const;
const locales = Object.fromEntries(LANGS.map((l) => [l, loadLocale(l)])) as Record<
  (typeof LANGS)[number],
  Record<string, string>
>;
const placeholders = (s: string) =>
  [...s.matchAll(/\$(\d)/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** Every key the pages build at run time. */
function dynamicKeys(): string[] {
  const keys: string[] = [];
  for (const k of SETTING_KEYS) {
    const spec = SETTINGS_SPEC[k];
    keys.push(settingKey(k), settingKey(k, 'Help'), kebabKey('group', spec.group));
    if (spec.kind === 'enum')
      for (const v of spec.values) keys.push(kebabKey(`option${settingKey(k).slice(7)}`, v));
    if (spec.kind === 'int' && 'unit' in spec && spec.unit && spec.unit !== 'min after midnight')
      keys.push(kebabKey('unit', spec.unit));
    if (spec.kind === 'stringList' && 'values' in spec && spec.values)
      for (const v of spec.values) keys.push(kebabKey('routine', v));
  }
  for (const kind of POSTURE_KINDS) keys.push(kebabKey('posture', kind));
  for (const r of [
    'turned-away',
    'leaning-sideways',
    'looking-down',
    'two-people',
    'low-visibility',
    'shoulders-out-of-frame',
    'too-far',
    'too-close',
    'too-dark',
    'no-baseline',
    'geometry-changed',
  ])
    keys.push(kebabKey('reason', r));
  for (const s of CAMERA_STATUSES) {
    const fix = cameraFix(s);
    if (fix)
      keys.push(kebabKey('camera', s), kebabKey('camera', s) + 'Help', kebabKey('cameraFix', fix));
  }
  for (const i of [
    'no-person',
    'shoulders-out-of-frame',
    'too-far',
    'too-close',
    'too-dark',
    'two-people',
    'turned-away',
    'tilted',
    'low-visibility',
    'unsteady',
    'not-enough-frames',
  ])
    keys.push(kebabKey('calibIssue', i));
  for (const p of PRESET_IDS) keys.push(kebabKey('preset', p), kebabKey('preset', p) + 'Help');
  for (const r of ['today', 'week', 'month']) keys.push(kebabKey('range', r));
  for (const f of RED_FLAGS) keys.push(f.key);
  keys.push(...STOP_SIGN_KEYS, ...PT_WHEN_KEYS, ...PT_ONLY_KEYS, ...MIGRAINE_TIPS, ...TENSION_TIPS);
  for (const t of TRIGGERS) keys.push(kebabKey('trigger', t));
  // Desk check (entrypoints/desk-check/results.tsx).
  const advice: Record<Measure, string[]> = {
    distance: ['ok', 'close', 'far', 'unknown'],
    height: ['ok', 'low', 'very-low', 'unknown'],
    centre: ['ok', 'off', 'unknown'],
    light: ['ok', 'dark', 'backlit', 'unknown'],
  };
  for (const m of MEASURES) {
    keys.push(kebabKey('desk', m));
    for (const a of advice[m]) keys.push(kebabKey(kebabKey('desk', m), a));
  }
  for (const c of ['better', 'worse', 'same']) keys.push(kebabKey('deskChange', c));
  for (const id of CHECKLIST) keys.push(kebabKey('deskItem', id), kebabKey('deskFix', id));
  // What the camera coach cannot check, per signal (entrypoints/break/views.tsx).
  for (const sig of ['retraction', 'yaw', 'roll', 'shoulder-lift'] satisfies SignalKind[])
    keys.push(kebabKey('coachLimit', sig));
  return keys;
}

describe('locales', () => {
  it.each(['es', 'de'] as const)('%s has exactly the English keys', (l) => {
    expect(Object.keys(locales[l]).sort()).toEqual(Object.keys(locales.en).sort());
  });

  it.each(LANGS)('%s: no empty strings, same $n placeholders as English', (l) => {
    for (const [k, v] of Object.entries(locales[l])) {
      expect(v.trim(), `${l}.${k}`).not.toBe('');
      expect(placeholders(v), `${l}.${k}`).toBe(placeholders(locales.en[k] ?? ''));
    }
  });

  it.each(LANGS)('%s has every key the pages build at run time', (l) => {
    const missing = dynamicKeys().filter((k) => !(k in locales[l]));
    expect(missing).toEqual([]);
  });

  it('Spanish and German are translations, not copies of English', () => {
    const keys = Object.keys(locales.en).filter((k) => locales.en[k]!.length > 25);
    for (const l of ['es', 'de'] as const) {
      const same = keys.filter((k) => locales[l][k] === locales.en[k]);
      expect(same, l).toEqual([]);
    }
  });
});
