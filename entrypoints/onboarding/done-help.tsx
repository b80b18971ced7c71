/**
 * Two things a new person needs on the done page: where Chin Up is (new extensions hide behind the
 * puzzle-piece menu until pinned) and whether notifications get through (one test notification,
 * and what to do when the browser or the system blocks them).
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export const TEST_NOTIFICATION = 'chinup-test';

type TestState = 'idle' | 'sent' | 'blocked' | 'failed';

/** Shows one test notification; 'blocked' when the browser says notifications are denied. */
async function sendTest(): Promise<TestState> {
  const n = browser.notifications as typeof browser.notifications & {
    getPermissionLevel?: () => Promise<string>;
  };
  if ((await n.getPermissionLevel?.().catch(() => 'granted')) === 'denied') return 'blocked';
  await n.create(TEST_NOTIFICATION, {
    type: 'basic',
    iconUrl: (browser.runtime.getURL as (p: string) => string)('/icon/128.png'),
    title: i18n.t('doneTestTitle'),
    message: i18n.t('doneTestMessage'),
  });
  return 'sent';
}

export function DoneHelp() {
  const [test, setTest] = useState<TestState>('idle');
  return (
    <>
      <div class="stack" data-testid="pin-help">
        <h3>{i18n.t('donePinHeading')}</h3>
        <p>{i18n.t('donePinText')}</p>
      </div>
      <div class="stack" data-testid="notification-test">
        <h3>{i18n.t('doneNotifyHeading')}</h3>
        <div>
          <button
            onClick={() =>
              void sendTest()
                .then(setTest)
                .catch(() => setTest('failed'))
            }
            data-testid="send-test-notification"
          >
            {i18n.t('doneNotifySend')}
          </button>
        </div>
        {test !== 'idle' && (
          <p role="status" data-testid="notification-test-result">
            {i18n.t(test === 'sent' ? 'doneNotifySent' : 'doneNotifyBlocked')}
          </p>
        )}
        {test !== 'idle' && <p class="small muted">{i18n.t('doneNotifyFix')}</p>}
      </div>
    </>
  );
}
