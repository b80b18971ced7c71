/**
 * The offer to start monitoring in a tab (popup, last onboarding step). Renders only while
 * `needed()` resolves true: where the camera needs a monitor tab (Firefox) and none is open. The
 * page passes the browser-touching parts in (`monitorTabNeeded`, `openMonitorTab` from
 * lib/camera-host/lifecycle.ts); clicking calls `onStart`, which records consent and opens the tab.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';

export interface MonitorTabOfferProps {
  /** Whether the offer applies now (checked once, when the offer mounts). */
  needed: () => Promise<boolean>;
  /** The person asked for the monitor tab. */
  onStart: () => void;
}

export function MonitorTabOffer({ needed, onStart }: MonitorTabOfferProps) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    void needed().then(setShow, () => setShow(false));
  }, [needed]);
  if (!show) return null;
  return (
    <div class="notice stack" data-testid="monitor-offer">
      <p class="small" style={{ margin: 0 }}>
        {i18n.t('monitorStartHelp')}
      </p>
      <button class="primary" onClick={onStart}>
        {i18n.t('monitorStartInTab')}
      </button>
    </div>
  );
}
