/**
 * A checked backup file: what it holds, the choice of merge or replace with what each does, what
 * importing changes, and the import with its confirmation. Props in, callbacks out.
 */
import { i18n } from '#i18n';
import { ConfirmButton } from '../../components/confirm-button';
import { RadioChoice } from '../../components/radio-choice';
import { uiLocale } from '../../components/format';
import type { BackupCheck } from '../../lib/backup/check';
import { IMPORT_MODES, type ImportMode } from '../../lib/backup/plan';
import { changeLines, fileLines } from './backup-words';

type Good = Extract<BackupCheck, { ok: true }>;

const MODE_WORDS = {
  merge: () => ({ title: i18n.t('backupModeMerge'), help: i18n.t('backupModeMergeHelp') }),
  replace: () => ({ title: i18n.t('backupModeReplace'), help: i18n.t('backupModeReplaceHelp') }),
} satisfies Record<ImportMode, () => { title: string; help: string }>;

const List = ({ lines, testId }: { lines: string[]; testId: string }) => (
  <ul data-testid={testId}>
    {lines.map((l) => (
      <li key={l}>{l}</li>
    ))}
  </ul>
);

export function BackupPreview(props: {
  check: Good;
  mode: ImportMode;
  onMode: (m: ImportMode) => void;
  onImport: () => void;
}) {
  const { check, mode } = props;
  const saved = new Date(check.exportedAt).toLocaleString(uiLocale(), {
    dateStyle: 'long',
    timeStyle: 'short',
  });

  return (
    <section
      class="notice stack backup-preview"
      aria-labelledby="backup-file-h"
      data-testid="backup-preview"
    >
      <h4 id="backup-file-h">{i18n.t('backupFileHeading')}</h4>
      <p>{i18n.t('backupFileSaved', [saved])}</p>
      <List lines={fileLines(check)} testId="backup-file-lines" />
      <fieldset>
        <legend>{i18n.t('backupModeLegend')}</legend>
        {IMPORT_MODES.map((m) => {
          return (
            <RadioChoice
              key={m}
              name="backup-mode"
              value={m}
              checked={mode === m}
              onChange={() => props.onMode(m)}
              {...MODE_WORDS[m]()}
              helpId={`backup-mode-${m}-help`}
            />
          );
        })}
      </fieldset>
      <h4 id="backup-changes-h">{i18n.t('backupChangesHeading')}</h4>
      <List lines={changeLines(check)} testId="backup-changes" />
      {check.cameraKeptOff && <p data-testid="backup-camera">{i18n.t('backupCameraKeptOff')}</p>}
      <ConfirmButton
        id="backup-confirm"
        label={i18n.t('backupImport')}
        title={i18n.t('backupConfirmTitle')}
        text={i18n.t(mode === 'merge' ? 'backupConfirmMerge' : 'backupConfirmReplace')}
        confirm={i18n.t('backupConfirm')}
        tone={mode === 'merge' ? 'warn' : 'bad'}
        onConfirm={props.onImport}
      />
    </section>
  );
}
