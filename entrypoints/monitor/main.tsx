import { browser } from 'wxt/browser';
import '../../components/theme.css';
import { PORTS } from '../../lib/platform/registry';
import { startSensing } from '../../lib/camera-host/sensing';
import { startPage } from '../../lib/page/start';
import { App } from './app';

/**
 * Holds a port to the background so it sees this page open (and configures it) and close. The
 * background page may unload and drop the port: reconnect, which wakes it again.
 */
function holdPort() {
  const port = browser.runtime.connect({ name: PORTS.monitorTab });
  port.onDisconnect.addListener(() => setTimeout(holdPort, 1000));
}

// Handlers first, then the port: the background's sense:configure must find a listener.
startSensing();
holdPort();
void startPage({ title: 'monitorTitle', app: () => <App /> });
