/**
 * Plays the optional break sounds (setting `breakSounds`) as the break moves on: a chime when it
 * starts and ends, a tick at each written step of an eyes-closed exercise.
 */
import { useEffect, useRef } from 'preact/hooks';
import { CATALOG } from '../../lib/exercises/catalog';
import { exerciseText } from '../../lib/exercises/content/select';
import { guideStepIndex, type GuideStatus } from '../../lib/exercises/guide';
import { soundCue, type SoundCue, type SoundMoment } from '../../lib/exercises/sound-cues';
import type { ExerciseId } from '../../lib/exercises/types';

export function useBreakSounds(props: {
  enabled: boolean;
  phase: string;
  index: number;
  exerciseId: ExerciseId | null;
  guide: GuideStatus | null;
  lang: Parameters<typeof exerciseText>[1];
  play: (cue: SoundCue) => void;
}): void {
  const { phase, index, exerciseId, guide } = props;
  const steps = exerciseId ? exerciseText(exerciseId, props.lang).steps.length : 0;
  const moment: SoundMoment = {
    active: phase === 'running' || phase === 'rest',
    done: phase === 'done',
    stepKey: exerciseId && guide ? `${index}:${guideStepIndex(guide, steps)}` : null,
    calming: exerciseId ? CATALOG[exerciseId].calming : false,
  };
  const prev = useRef<SoundMoment | null>(null);
  const key = `${moment.active}|${moment.done}|${moment.stepKey}`;
  useEffect(() => {
    const cue = soundCue(prev.current, moment);
    prev.current = moment;
    if (cue && props.enabled) props.play(cue);
  }, [key]);
}
