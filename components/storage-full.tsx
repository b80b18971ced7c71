/** Storage is full: say what is kept, what is at risk, and where to free space. */
import { i18n } from '#i18n';

export function StorageFull({ unsaved, onManage }: { unsaved: number; onManage?: () => void }) {
  if (!(unsaved > 0)) return null;
  return (
    <div class="notice warn stack" role="alert" data-testid="storage-full">
      <div>
        <strong>{i18n.t('storageFullTitle')}</strong>
        <p class="small" style={{ margin: '4px 0 0' }}>
          {i18n.t('storageFullText')}
        </p>
      </div>
      {onManage && (
        <div>
          <button onClick={onManage}>{i18n.t('storageFullAction')}</button>
        </div>
      )}
    </div>
  );
}
