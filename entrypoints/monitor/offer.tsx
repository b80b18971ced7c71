/**
 * The popup's offer to start monitoring in a tab. Renders only where the camera needs a monitor tab
 * (Firefox) and none is open; clicking it records the person's consent and opens the pinned tab.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { monitorTabNeeded, openMonitorTab } from '../../lib/platform/camera-host';

export function MonitorTabOffer({ onOpened }: { onOpened: () => void }) {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    void monitorTabNeeded().then(setNeeded, () => setNeeded(false));
  }, []);
  if (!needed) return null;
  return (
    <div class="notice stack" data-testid="monitor-offer">
      <p class="small" style={{ margin: 0 }}>
        {i18n.t('monitorStartHelp')}
      </p>
      <button class="primary" onClick={() => void openMonitorTab().then(onOpened)}>
        {i18n.t('monitorStartInTab')}
      </button>
    </div>
  );
}
