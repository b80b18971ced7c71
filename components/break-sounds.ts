/**
 * The break sounds (the break page, and the options page's sample), made with WebAudio on the
 * device (no files, nothing fetched): each cue of lib/exercises/sound-cues.ts is a few sine or
 * triangle notes with a soft attack and a long fade.
 * Browsers may keep audio suspended until the person interacts with the page (autoplay rules); the
 * first click or key press on the page lets later cues through.
 */
import { CUE_NOTES, type SoundCue } from '../lib/exercises/sound-cues';

let audio: AudioContext | null = null;

function context(): AudioContext | null {
  if (audio) return audio;
  if (typeof AudioContext !== 'function') return null;
  audio = new AudioContext();
  const unlock = () => void audio?.resume().catch(() => undefined);
  addEventListener('pointerdown', unlock, { once: true });
  addEventListener('keydown', unlock, { once: true });
  return audio;
}

/** Plays one cue now; silently does nothing where audio is unavailable. */
export function playCue(cue: SoundCue): void {
  const ctx = context();
  if (!ctx) return;
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  const t0 = ctx.currentTime + 0.02;
  for (const n of CUE_NOTES[cue]) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = n.wave;
    osc.frequency.value = n.hz;
    const t = t0 + n.atSec;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(n.gain, t + Math.min(0.02, n.sec / 4));
    gain.gain.exponentialRampToValueAtTime(0.0001, t + n.sec);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + n.sec + 0.05);
  }
}
