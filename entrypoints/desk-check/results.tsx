/** The desk check's results: each measurement with what to change, before and after, and the checklist. */
import { i18n } from '#i18n';
import { kebabKey, td } from '../../components/i18n-dynamic';
import { ADVISED_CM } from '../../lib/desk/measure';
import {
  CHECKLIST,
  MEASURES,
  compare,
  type ChecklistId,
  type DeskResult,
  type Measure,
} from '../../lib/desk/result';

/** The i18n key of a measurement's advice ('deskDistanceOk', 'deskLightBacklit', ...). */
function adviceKey(r: DeskResult, m: Measure): string {
  const advice =
    m === 'centre'
      ? r.centre
        ? r.centre.verdict === 'good'
          ? 'ok'
          : 'off'
        : 'unknown'
      : (r[m]?.advice ?? 'unknown');
  return kebabKey(kebabKey('desk', m), advice);
}

function value(r: DeskResult, m: Measure): string {
  if (m === 'distance' && r.distance)
    return i18n.t('deskDistanceValue', [String(r.distance.cm[0]), String(r.distance.cm[1])]);
  return '';
}

export function Measurements({
  result,
  before,
}: {
  result: DeskResult;
  before: DeskResult | null;
}) {
  const diff = compare(before, result);
  return (
    <section class="card stack" aria-labelledby="desk-measured-h" data-testid="desk-results">
      <h2 id="desk-measured-h">{i18n.t('deskMeasured')}</h2>
      {result.frames.seen === 0 && <p class="notice bad">{i18n.t('deskNobody')}</p>}
      <ul class="stack">
        {MEASURES.map((m) => (
          <li key={m} data-testid={`desk-${m}`} data-verdict={result[m]?.verdict ?? 'unknown'}>
            <strong>{td(kebabKey('desk', m))}</strong>
            {value(result, m) && <span data-testid={`desk-${m}-value`}> {value(result, m)}</span>}
            {': '}
            {td(adviceKey(result, m))}
            {m === 'height' && result.height?.basis === 'own' && (
              <span class="muted small" data-testid="desk-height-basis">
                {' '}
                {i18n.t('deskHeightOwn')}
              </span>
            )}
            {diff && before && (
              <span class="muted small" data-testid={`desk-${m}-change`}>
                {' '}
                ({td(kebabKey('deskChange', diff[m]))}
                {m === 'distance' && before.distance
                  ? `, ${i18n.t('deskBefore', [value(before, m)])}`
                  : ''}
                )
              </span>
            )}
          </li>
        ))}
      </ul>
      <p class="small muted">
        {i18n.t('deskHonest', [String(ADVISED_CM[0]), String(ADVISED_CM[1])])}
      </p>
    </section>
  );
}

export function Checklist(props: {
  checked: readonly ChecklistId[];
  onCheck: (id: ChecklistId, on: boolean) => void;
}) {
  return (
    <section class="card stack" aria-labelledby="desk-list-h" data-testid="desk-checklist">
      <h2 id="desk-list-h">{i18n.t('deskCannotSee')}</h2>
      <ul class="stack desk-checklist">
        {CHECKLIST.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={props.checked.includes(id)}
                onChange={(e) => props.onCheck(id, e.currentTarget.checked)}
                data-testid={`desk-item-${id}`}
              />
              <span>
                <strong>{td(kebabKey('deskItem', id))}</strong> {td(kebabKey('deskFix', id))}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
