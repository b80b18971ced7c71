/**
 * Back up and restore (a part of the options data section): save a backup file of everything the
 * person owns, pick one, see in plain words what it holds and what importing it changes, choose
 * merge or replace, confirm, and see the result. The worker checks and writes (backup:*); a bad
 * file shows why and changes nothing.
 */
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StatusLine } from '../../components/status-line';
import type { BackupCheck } from '../../lib/backup/check';
import type { ImportMode } from '../../lib/backup/plan';
import { MAX_BACKUP_CHARS } from '../../lib/backup/validate';
import { sendToBackground } from '../../lib/platform/messaging';
import { BackupPreview } from './backup-preview';
import { errorText } from './backup-words';
import { download, stamp } from './data-section';

/** The page's address after an import: the page reloads to show the imported settings. */
const DONE = 'imported';
const KEPT_OFF = 'camera-off';

function resultText(params: URLSearchParams): string {
  const mode = params.get(DONE);
  if (mode !== 'merge' && mode !== 'replace') return '';
  const done = i18n.t(mode === 'merge' ? 'backupImportedMerge' : 'backupImportedReplace');
  return params.has(KEPT_OFF) ? `${done} ${i18n.t('backupCameraKeptOff')}` : done;
}

export function BackupSection() {
  const [text, setText] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [check, setCheck] = useState<BackupCheck | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [fileName, setFileName] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const done = resultText(params);
    if (!done) return;
    setStatus(done);
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
  }, []);

  async function save() {
    try {
      const { json, days } = await sendToBackground('backup:export', {});
      download(json, `chin-up-backup-${stamp(Date.now())}.json`, 'application/json');
      setStatus(i18n.t('backupSaved', [String(days)]));
    } catch {
      setStatus(i18n.t('backupSaveFailed'));
    }
  }

  // The check on screen stays until the new one arrives: changing the mode keeps the focus.
  async function preview(t: string, m: ImportMode) {
    setError('');
    try {
      const c = await sendToBackground('backup:preview', { text: t, mode: m });
      if (c.ok) setCheck(c);
      else setError(errorText(c.error));
    } catch {
      setError(errorText('no-answer'));
    }
  }

  async function pick(file: File | undefined) {
    setStatus('');
    setText(null);
    setCheck(null);
    setError('');
    if (!file) return;
    // A UTF-8 file has at least as many bytes as characters: far past the limit, do not read it.
    if (file.size > 4 * MAX_BACKUP_CHARS)
      return setError(errorText({ code: 'too-large', where: '' }));
    let t: string;
    try {
      t = await file.text();
    } catch {
      return setError(errorText('read-failed'));
    }
    setText(t);
    await preview(t, mode);
  }

  async function importNow() {
    if (text === null) return;
    let c: BackupCheck;
    try {
      c = await sendToBackground('backup:import', { text, mode });
    } catch {
      return setError(errorText('no-answer'));
    }
    if (!c.ok) return setError(errorText(c.error));
    // Reloaded, the page shows the imported settings (and language); the result line follows it.
    const params = new URLSearchParams({ [DONE]: mode });
    if (c.cameraKeptOff) params.set(KEPT_OFF, '1');
    location.replace(`${location.pathname}?${params.toString()}#data`);
  }

  return (
    <div class="stack" role="group" aria-labelledby="backup-h" data-testid="backup">
      <h3 id="backup-h">{i18n.t('backupHeading')}</h3>
      <p class="muted">{i18n.t('backupIntro')}</p>
      <div class="row">
        <button onClick={() => void save()}>{i18n.t('backupSave')}</button>
      </div>
      <div class="stack-tight">
        <label for="backup-file">{i18n.t('backupPickLabel')}</label>
        {/* The browser's own file button speaks the browser's language, not the one chosen here:
            it stays for the label and the picker, and this button in the page's language opens it. */}
        <input
          id="backup-file"
          class="visually-hidden"
          ref={fileRef}
          type="file"
          tabIndex={-1}
          accept=".json,application/json"
          aria-describedby={error ? 'backup-error' : undefined}
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            setFileName(file?.name ?? '');
            void pick(file);
          }}
        />
        <div class="row">
          <button
            type="button"
            data-testid="backup-pick"
            aria-describedby="backup-file-name"
            onClick={() => fileRef.current?.click()}
          >
            {i18n.t('backupPickButton')}
          </button>
          <span id="backup-file-name" class="muted" data-testid="backup-file-name">
            {fileName || i18n.t('backupNoFile')}
          </span>
        </div>
      </div>
      {error && (
        <div id="backup-error" class="notice bad" role="alert" data-testid="backup-error">
          {error}
        </div>
      )}
      {check?.ok && (
        <BackupPreview
          check={check}
          mode={mode}
          onMode={(m) => {
            setMode(m);
            if (text !== null) void preview(text, m);
          }}
          onImport={() => void importNow()}
        />
      )}
      <StatusLine testId="backup-status" text={status} />
    </div>
  );
}
