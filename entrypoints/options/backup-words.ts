/** A backup check in plain words: what the file holds, what an import changes, why a file is refused. */
import { i18n } from '#i18n';
import { settingKey, td } from '../../components/i18n-dynamic';
import type { BackupCheck } from '../../lib/backup/check';
import type { BackupError, BackupErrorCode } from '../../lib/backup/problem';

type Good = Extract<BackupCheck, { ok: true }>;

/** What the file holds, one line each. */
export function fileLines({ file }: Good): string[] {
  return [
    i18n.t('backupFileDays', [String(file.days)]),
    i18n.t('backupFileDiary', [String(file.diary)]),
    i18n.t('backupFileCameras', [String(file.cameras)]),
    ...(file.exercises ? [i18n.t('backupFileExercises')] : []),
    ...(file.desk ? [i18n.t('backupFileDesk')] : []),
  ];
}

/** What importing it changes, one line each; one line saying so when nothing does. */
export function changeLines({ preview: p }: Good): string[] {
  const n = (x: number) => String(x);
  const lines = [
    ...(p.days.added ? [i18n.t('backupChangeDaysAdded', [n(p.days.added)])] : []),
    ...(p.days.changed ? [i18n.t('backupChangeDaysChanged', [n(p.days.changed)])] : []),
    ...(p.days.removed ? [i18n.t('backupChangeDaysRemoved', [n(p.days.removed)])] : []),
    ...(p.settings.length
      ? [i18n.t('backupChangeSettings', [p.settings.map((k) => td(settingKey(k))).join(', ')])]
      : []),
  ];
  const b = p.baselines;
  if (b.added || b.changed || b.removed)
    lines.push(i18n.t('backupChangeCameras', [n(b.added), n(b.changed), n(b.removed)]));
  if (p.exercises) lines.push(i18n.t('backupChangeExercises'));
  if (p.desk) lines.push(i18n.t('backupChangeDesk'));
  return lines.length ? lines : [i18n.t('backupChangeNothing')];
}

/** Why a file was refused, and that nothing changed. */
export function errorText(e: BackupError | 'read-failed' | 'no-answer'): string {
  if (e === 'read-failed') return i18n.t('backupErrorReadFailed');
  if (e === 'no-answer') return i18n.t('backupErrorNoAnswer');
  const w = e.where || '-';
  const words: Record<BackupErrorCode, () => string> = {
    'too-large': () => i18n.t('backupErrorTooLarge'),
    'not-json': () => i18n.t('backupErrorNotJson'),
    'not-backup': () => i18n.t('backupErrorNotBackup'),
    'newer-version': () => i18n.t('backupErrorNewerVersion'),
    'bad-version': () => i18n.t('backupErrorBadVersion'),
    'forbidden-key': () => i18n.t('backupErrorForbiddenKey', [w]),
    'too-deep': () => i18n.t('backupErrorTooDeep', [w]),
    'wrong-type': () => i18n.t('backupErrorWrongType', [w]),
    'future-date': () => i18n.t('backupErrorFutureDate', [w]),
    'duplicate-day': () => i18n.t('backupErrorDuplicateDay', [w]),
  };
  return `${words[e.code]()} ${i18n.t('backupNothingChanged')}`;
}
