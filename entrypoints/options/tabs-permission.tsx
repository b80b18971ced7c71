/**
 * Meeting sites are only recognized with the optional `tabs` permission (tab addresses stay on
 * this device). The browser shows its own prompt; this is the one place that asks for it.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export function TabsPermission() {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    // Where the permissions API is missing or fails, the control stays hidden.
    Promise.resolve()
      .then(() => browser.permissions.contains({ permissions: ['tabs'] }))
      .then(setGranted, () => undefined);
  }, []);
  if (granted === null) return null;
  async function toggle() {
    const ok = granted
      ? !(await browser.permissions.remove({ permissions: ['tabs'] }))
      : await browser.permissions.request({ permissions: ['tabs'] });
    setGranted(ok);
  }
  return (
    <div class="row" data-testid="tabs-permission">
      <span class="small" role="status">
        {granted ? i18n.t('optionsTabsGranted') : i18n.t('optionsTabsNotGranted')}
      </span>
      <button onClick={() => void toggle()}>
        {granted ? i18n.t('optionsTabsRevoke') : i18n.t('optionsTabsGrant')}
      </button>
    </div>
  );
}
