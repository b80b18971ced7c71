/**
 * The two "headache now" paths: ideas that may help, in the person's order of need. Routines open
 * in this tab on the break page's calm screen.
 */
import type { ComponentChildren } from 'preact';
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

/** One path: its heading, the "may help" line, its tips, then the routines it offers. */
function Path(props: {
  testId: string;
  heading: string;
  tips: readonly string[];
  children: ComponentChildren;
}) {
  return (
    <section class="card stack" aria-labelledby="path-h" data-testid={props.testId}>
      <h2 id="path-h" tabIndex={-1}>
        {props.heading}
      </h2>
      <p>{i18n.t('headacheMayHelp')}</p>
      <ul>
        {props.tips.map((k) => (
          <li key={k}>{td(k)}</li>
        ))}
      </ul>
      <div class="row">{props.children}</div>
    </section>
  );
}

export function MigrainePath() {
  return (
    <Path testId="path-migraine" heading={i18n.t('headacheMigraineHeading')} tips={MIGRAINE_TIPS}>
      <a class="button" href="/break.html?kind=relaxation" data-testid="start-calm">
        {i18n.t('headacheCalmScreen')}
      </a>
    </Path>
  );
}

export function TensionPath() {
  return (
    <Path testId="path-tension" heading={i18n.t('headacheTensionHeading')} tips={TENSION_TIPS}>
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
    </Path>
  );
}
