/**
 * Export history as CSV (for a spreadsheet) and delete all data, after a confirmation. The full
 * copy of everything, and its restore, is the backup part (backup-section.tsx).
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { ConfirmButton } from '../../components/confirm-button';
import { StorageFull } from '../../components/storage-full';
import { exportCsv } from '../../lib/history/export';
import { sendToBackground } from '../../lib/platform/messaging';
import { StatusLine } from '../../components/status-line';

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

/** The date part of a file name, `YYYY-MM-DD` (UTC). */
export const stamp = (now: number) => new Date(now).toISOString().slice(0, 10);

/** The data section's part: history as CSV, and deleting everything. */
export function DataSection() {
  const [status, setStatus] = useState('');
  const [unsaved, setUnsaved] = useState(0);
  const checkStorage = () =>
    sendToBackground('status:get', {}).then(
      (s) => setUnsaved(s.unsavedHistory),
      () => undefined,
    );
  useEffect(() => void checkStorage(), []);

  async function exportCsvFile() {
    const days = await sendToBackground('history:get', {});
    download(exportCsv(days), `chin-up-${stamp(Date.now())}.csv`, 'text/csv');
    setStatus(i18n.t('dataExported', [String(days.length)]));
  }

  async function deleteAll() {
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
        <button onClick={() => void exportCsvFile()}>{i18n.t('dataExportCsv')}</button>
      </div>
      <ConfirmButton
        id="confirm"
        label={i18n.t('dataDelete')}
        title={i18n.t('dataDeleteConfirmTitle')}
        text={i18n.t('dataDeleteConfirmText')}
        confirm={i18n.t('dataDeleteConfirm')}
        tone="bad"
        onConfirm={() => void deleteAll()}
      />
      <StatusLine testId="data-status" text={status} />
    </div>
  );
}
