/**
 * Options: every setting from the settings table, in sections on tabs (options-tabs.ts), validated
 * and saved on change through the service worker (which applies organization policy). Locked
 * settings are read-only. The address's hash chooses the tab, and choosing a tab writes it.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { Brand } from '../../components/logo';
import { td } from '../../components/i18n-dynamic';
import { sendToBackground } from '../../lib/platform/messaging';
import type { SettingKey, Settings } from '../../lib/settings-schema';
import type { ResolvedSettings } from '../../lib/settings-policy';
import { PolicyIssues } from './policy-issues';
import { StatusLine } from '../../components/status-line';
import { Tabs } from '../../components/tabs';
import { OptionsSectionCard } from './options-section';
import { OPTIONS_TABS, tabForHash } from './options-tabs';
import { OPTIONS_SECTIONS } from './sections';

export function App() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string>('');
  const [saveError, setSaveError] = useState(false);

  const [tab, setTab] = useState(() => tabForHash(location.hash).tab);

  const load = () =>
    sendToBackground('settings:get', {}).then(setResolved, (e: unknown) => setError(String(e)));
  useEffect(() => void load(), []);
  // Opened at a section (`#hours`): the sections render only once the settings arrived, so the
  // browser's own jump to the anchor found nothing yet. Links within the page change the hash.
  const ready = resolved !== null;
  useEffect(() => {
    if (!ready) return;
    const follow = () => {
      const target = tabForHash(location.hash);
      setTab(target.tab);
      if (target.section) requestAnimationFrame(() => scrollToSection(target.section!));
    };
    follow();
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, [ready]);
  function choose(id: string) {
    setTab(id);
    // Kept in the address, so a reload (the language change reloads) stays on this tab.
    history.replaceState(null, '', `${location.pathname}${location.search}#${id}`);
  }
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
    <div class="page options-page">
      <Brand title={i18n.t('optionsTitle')} />
      <h1>{i18n.t('optionsTitle')}</h1>
      <p class="muted">{i18n.t('optionsIntro')}</p>
      <p>
        <a href="/safety.html" data-testid="options-safety">
          {i18n.t('optionsSafetyLink')}
        </a>
      </p>
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
          <Tabs
            label={i18n.t('optionsTabsLabel')}
            idPrefix="options"
            tabs={OPTIONS_TABS.map((t) => ({ id: t.id, title: td(t.title) }))}
            active={tab}
            onSelect={choose}
            panel={(id) =>
              OPTIONS_TABS.find((t) => t.id === id)?.sections.map((sid) => {
                const section = OPTIONS_SECTIONS.find((s) => s.id === sid);
                return (
                  section && (
                    <OptionsSectionCard
                      key={sid}
                      section={section}
                      resolved={resolved}
                      save={(k, v) => void save(k, v)}
                    />
                  )
                );
              })
            }
          />
        </>
      )}
      {/* Last in the page and sticky, so what was saved shows next to the field just changed. */}
      <div class="options-status">
        {saveError && (
          <div class="notice bad" role="alert" data-testid="save-error">
            {i18n.t('optionsSaveError')}
          </div>
        )}
        <StatusLine testId="saved-status" text={saved} extraClass="saved-status" />
      </div>
    </div>
  );
}

/** Scrolls to a section once its tab is shown (a hidden panel has no place to scroll to). */
function scrollToSection(id: string) {
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}
