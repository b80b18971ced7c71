/**
 * "Play a sample" for the optional break sounds (setting `breakSounds`): the start chime, a tick
 * and the end chime, so a person hears them before turning them on. A section part for the
 * options page (entrypoints/options/sections.tsx `parts`); nothing is fetched.
 */
import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import { playCue } from './break-sounds';

/** Gaps between the sample's cues, ms: long enough for each chime to fade. */
export const SAMPLE_GAPS_MS = [1600, 900] as const;

export function SoundSample({ play = playCue }: { play?: typeof playCue }) {
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((t) => clearTimeout(t)), []);
  const sample = () => {
    timers.current.forEach((t) => clearTimeout(t));
    play('start');
    timers.current = [
      window.setTimeout(() => play('tick'), SAMPLE_GAPS_MS[0]),
      window.setTimeout(() => play('end'), SAMPLE_GAPS_MS[0] + SAMPLE_GAPS_MS[1]),
    ];
  };
  return (
    <p>
      <button type="button" data-testid="sound-sample" onClick={sample}>
        {i18n.t('soundSample')}
      </button>
    </p>
  );
}
