/**
 * "I have a headache": the red flags first, every time (if one applies, the stop-and-seek-care
 * text and nothing else); then two questions that pick the migraine-like or the tension-type /
 * neck-related ideas ("may help", never a promise); then an offer to log it in the diary.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { Brand } from '../../components/logo';
import { RedFlagList } from '../../components/red-flags';
import { headacheType, type HeadacheType } from '../../lib/exercises/headache';
import { DiaryOffer } from './diary-offer';
import { MigrainePath, TensionPath } from './paths';

type Phase = 'flags' | 'care' | 'q1' | 'q2' | 'path';

function YesNo(props: { id: string; question: string; onAnswer: (yes: boolean) => void }) {
  return (
    <section class="card stack" aria-labelledby={`${props.id}-h`} data-testid={props.id}>
      <h2 id={`${props.id}-h`} tabIndex={-1}>
        {props.question}
      </h2>
      <div class="row">
        <button onClick={() => props.onAnswer(true)} data-testid={`${props.id}-yes`}>
          {i18n.t('answerYes')}
        </button>
        <button onClick={() => props.onAnswer(false)} data-testid={`${props.id}-no`}>
          {i18n.t('answerNo')}
        </button>
      </div>
    </section>
  );
}

export function App() {
  const [phase, setPhase] = useState<Phase>('flags');
  const [throbbing, setThrobbing] = useState(false);
  const [type, setType] = useState<HeadacheType | null>(null);

  return (
    <main class="page stack" data-phase={phase}>
      <Brand title={i18n.t('headacheTitle')} />
      <h1>{i18n.t('headacheTitle')}</h1>
      {phase === 'flags' && (
        <section class="card stack" aria-labelledby="hflags-h" data-testid="headache-flags">
          <h2 id="hflags-h">{i18n.t('headacheFlagsHeading')}</h2>
          <RedFlagList />
          <div class="row">
            <button class="primary" onClick={() => setPhase('q1')} data-testid="flags-none">
              {i18n.t('breakSafetyNoneApply')}
            </button>
            <button onClick={() => setPhase('care')} data-testid="flags-one">
              {i18n.t('breakSafetyOneApplies')}
            </button>
          </div>
        </section>
      )}
      {phase === 'care' && (
        <section class="card stack" role="alert" data-testid="headache-seek-care">
          <h2>{i18n.t('breakSeekCareTitle')}</h2>
          <p>{i18n.t('headacheSeekCareText')}</p>
          <p>
            <strong>{i18n.t('safetyNotMedical')}</strong>
          </p>
        </section>
      )}
      {phase === 'q1' && (
        <YesNo
          id="q1"
          question={i18n.t('headacheQ1')}
          onAnswer={(yes) => {
            setThrobbing(yes);
            setPhase('q2');
          }}
        />
      )}
      {phase === 'q2' && (
        <YesNo
          id="q2"
          question={i18n.t('headacheQ2')}
          onAnswer={(yes) => {
            setType(headacheType({ throbbing, sensitive: yes }));
            setPhase('path');
          }}
        />
      )}
      {phase === 'path' && type && (
        <>
          {type === 'migraine-like' ? <MigrainePath /> : <TensionPath />}
          <DiaryOffer type={type} />
          <p class="small muted">{i18n.t('safetyNotMedical')}</p>
        </>
      )}
    </main>
  );
}
