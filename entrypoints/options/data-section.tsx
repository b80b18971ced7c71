/** Export all local data (JSON, CSV) and delete all of it, after a confirmation. */
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StorageFull } from '../../components/storage-full';
import { exportCsv, exportJson } from '../../lib/history/export';
import { sendToBackground } from '../../lib/platform/messaging';
import { StatusLine } from '../../components/status-line';
import type { SectionProps } from './sections';

/** Offers `text` as a file download through a temporary object URL. */
export function download(text: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = (now: number) => new Date(now).toISOString().slice(0, 10);

/** The data section's part: a copy of everything (JSON, CSV) and deleting it. */
export function DataSection({ resolved }: SectionProps) {
  const { settings } = resolved;
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [unsaved, setUnsaved] = useState(0);
  const checkStorage = () =>
    sendToBackground('status:get', {}).then(
      (s) => setUnsaved(s.unsavedHistory),
      () => undefined,
    );
  useEffect(() => void checkStorage(), []);

  async function exportAs(kind: 'json' | 'csv') {
    const days = await sendToBackground('history:get', {});
    const now = Date.now();
    if (kind === 'json')
      download(exportJson(days, now, settings), `chin-up-${stamp(now)}.json`, 'application/json');
    else download(exportCsv(days), `chin-up-${stamp(now)}.csv`, 'text/csv');
    setStatus(i18n.t('dataExported', [String(days.length)]));
  }

  async function deleteAll() {
    setConfirming(false);
    // History and everything else kept locally (own settings, calibration, schedule state).
    try {
      await sendToBackground('data:clear', {});
    } catch {
      return setStatus(i18n.t('dataDeleteFailed'));
    }
    setStatus(i18n.t('dataDeleted'));
    await checkStorage();
  }

  return (
    <div class="stack" role="group" aria-labelledby="data-copy-h">
      <h3 id="data-copy-h">{i18n.t('dataCopyHeading')}</h3>
      <p class="muted">{i18n.t('dataIntro')}</p>
      <StorageFull unsaved={unsaved} />
      <div class="row">
        <button onClick={() => void exportAs('json')}>{i18n.t('dataExportJson')}</button>
        <button onClick={() => void exportAs('csv')}>{i18n.t('dataExportCsv')}</button>
      </div>
      {!confirming ? (
        <div>
          <button
            class="danger"
            onClick={() => {
              setConfirming(true);
              setTimeout(() => cancelRef.current?.focus(), 0);
            }}
          >
            {i18n.t('dataDelete')}
          </button>
        </div>
      ) : (
        <div
          class="notice bad stack"
          role="alertdialog"
          aria-labelledby="confirm-t"
          aria-describedby="confirm-d"
        >
          <strong id="confirm-t">{i18n.t('dataDeleteConfirmTitle')}</strong>
          <p id="confirm-d">{i18n.t('dataDeleteConfirmText')}</p>
          <div class="row">
            <button ref={cancelRef} onClick={() => setConfirming(false)}>
              {i18n.t('actionCancel')}
            </button>
            <button class="danger" onClick={() => void deleteAll()}>
              {i18n.t('dataDeleteConfirm')}
            </button>
          </div>
        </div>
      )}
      <StatusLine testId="data-status" text={status} />
    </div>
  );
}
