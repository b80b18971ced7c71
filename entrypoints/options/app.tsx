/**
 * Options: every setting from the settings table, grouped, validated and saved on change through
 * the service worker (which applies organization policy). Locked settings are read-only.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { Brand } from '../../components/logo';
import { SettingField } from '../../components/setting-field';
import { kebabKey, td } from '../../components/i18n-dynamic';
import { sendToBackground } from '../../lib/platform/messaging';
import {
  SETTINGS_SPEC,
  SETTING_KEYS,
  type SettingKey,
  type SettingSpec,
  type Settings,
} from '../../lib/settings-schema';
import type { ResolvedSettings } from '../../lib/settings-policy';
import { DataSection } from './data-section';
import { PolicyIssues } from './policy-issues';
import { TabsPermission } from './tabs-permission';
import { StatusLine } from '../../components/status-line';

export const GROUPS: SettingSpec['group'][] = [
  'monitoring',
  'nudges',
  'breaks',
  'hours',
  'meetings',
  'exercises',
  'data',
];

export function App() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string>('');
  const [saveError, setSaveError] = useState(false);

  const load = () =>
    sendToBackground('settings:get', {}).then(setResolved, (e: unknown) => setError(String(e)));
  useEffect(() => void load(), []);

  async function save(key: SettingKey, value: unknown) {
    setSaved('');
    setSaveError(false);
    try {
      const next = await sendToBackground('settings:set', {
        patch: { [key]: value } as Partial<Settings>,
      });
      setResolved(next);
      setError(null);
      // A new language applies to the whole page: reload it in that language.
      if (key === 'language') location.reload();
      setSaved(
        i18n.t('optionsSaved', [td(`setting${key.charAt(0).toUpperCase()}${key.slice(1)}`)]),
      );
    } catch {
      // Nothing changed: the stored value stays and the field shows it again.
      setSaveError(true);
      void load();
    }
  }

  return (
    <div class="page">
      <Brand title={i18n.t('optionsTitle')} />
      <h1>{i18n.t('optionsTitle')}</h1>
      <p class="muted">{i18n.t('optionsIntro')}</p>
      <p>
        <a href="/safety.html" data-testid="options-safety">
          {i18n.t('optionsSafetyLink')}
        </a>
      </p>
      <StatusLine testId="saved-status" text={saved} extraClass="saved-status" />
      {saveError && (
        <div class="notice bad" role="alert" data-testid="save-error">
          {i18n.t('optionsSaveError')}
        </div>
      )}
      {error && (
        <div class="notice bad" role="alert">
          {i18n.t('optionsLoadError')}{' '}
          <button class="link" onClick={() => void load()}>
            {i18n.t('actionRetry')}
          </button>
        </div>
      )}
      {!resolved && !error && <p>{i18n.t('loading')}</p>}
      {resolved && (
        <>
          <PolicyIssues issues={resolved.policyIssues} />
          {GROUPS.map((g) => (
            <section class="card" key={g} aria-labelledby={`group-${g}`}>
              <h2 id={`group-${g}`}>{td(kebabKey('group', g))}</h2>
              <div class="stack">
                {SETTING_KEYS.filter((k) => SETTINGS_SPEC[k].group === g).map((k) => (
                  <SettingField
                    key={k}
                    name={k}
                    spec={SETTINGS_SPEC[k]}
                    value={resolved.settings[k]}
                    locked={resolved.locked.includes(k)}
                    managed={resolved.managed.includes(k)}
                    limit={
                      (resolved.limits as Partial<Record<string, { min: number; max: number }>>)[k]
                    }
                    onChange={(v) => void save(k, v)}
                  />
                ))}
                {g === 'meetings' && <TabsPermission />}
              </div>
            </section>
          ))}
          <DataSection settings={resolved.settings} />
        </>
      )}
    </div>
  );
}
