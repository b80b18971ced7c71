/**
 * The two "headache now" paths: ideas that may help, in the person's order of need. Routines open
 * in this tab on the break page's calm screen.
 */
import { i18n } from '#i18n';
import { td } from '../../components/i18n-dynamic';

export const MIGRAINE_TIPS = [
  'headacheMigraineStep',
  'headacheMigraineDim',
  'headacheMigraineMedicine',
  'headacheMigraineCold',
  'headacheMigraineNoNeck',
  'headacheMigraineEyes',
] as const;
export const TENSION_TIPS = [
  'headacheTensionBreathe',
  'headacheTensionMove',
  'headacheTensionHeat',
  'headacheTensionDesk',
] as const;

function Tips({ keys }: { keys: readonly string[] }) {
  return (
    <ul>
      {keys.map((k) => (
        <li key={k}>{td(k)}</li>
      ))}
    </ul>
  );
}

export function MigrainePath() {
  return (
    <section class="card stack" aria-labelledby="path-h" data-testid="path-migraine">
      <h2 id="path-h" tabIndex={-1}>
        {i18n.t('headacheMigraineHeading')}
      </h2>
      <p>{i18n.t('headacheMayHelp')}</p>
      <Tips keys={MIGRAINE_TIPS} />
      <div class="row">
        <a class="button" href="/break.html?kind=relaxation" data-testid="start-calm">
          {i18n.t('headacheCalmScreen')}
        </a>
      </div>
    </section>
  );
}

export function TensionPath() {
  return (
    <section class="card stack" aria-labelledby="path-h" data-testid="path-tension">
      <h2 id="path-h" tabIndex={-1}>
        {i18n.t('headacheTensionHeading')}
      </h2>
      <p>{i18n.t('headacheMayHelp')}</p>
      <Tips keys={TENSION_TIPS} />
      <div class="row">
        <a
          class="button primary"
          href="/break.html?kind=headache-now"
          data-testid="start-headache-routine"
        >
          {i18n.t('headacheStartRoutine')}
        </a>
        <a class="button" href="/break.html?kind=relaxation" data-testid="start-relax-short">
          {i18n.t('headacheRelaxShort')}
        </a>
        <a class="button" href="/break.html?kind=relaxation&long=1" data-testid="start-relax-long">
          {i18n.t('headacheRelaxLong')}
        </a>
      </div>
    </section>
  );
}
