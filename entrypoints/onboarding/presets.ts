/** Schedule presets offered during onboarding: each is a patch of settings. */
import type { Settings } from '../../lib/settings-schema';

export type PresetId = 'gentle' | 'balanced' | 'focused';
export const PRESET_IDS: readonly PresetId[] = ['gentle', 'balanced', 'focused'];

/**
 * gentle: fewer, softer prompts; balanced: the evidence-based defaults (micro-break every 20 min,
 * movement every 50 min); focused: firmer coaching for people working on a neck or headache problem.
 */
export const PRESETS: Record<PresetId, Partial<Settings>> = {
  gentle: {
    strictness: 'gentle',
    microBreakEveryMin: 30,
    movementBreakEveryMin: 60,
    nudgeAfterSec: 60,
    nudgeMaxPerHour: 2,
    sensitivity: 2,
  },
  balanced: {
    strictness: 'normal',
    microBreakEveryMin: 20,
    movementBreakEveryMin: 50,
    nudgeAfterSec: 45,
    nudgeMaxPerHour: 3,
    sensitivity: 3,
  },
  focused: {
    strictness: 'firm',
    microBreakEveryMin: 20,
    movementBreakEveryMin: 40,
    nudgeAfterSec: 30,
    nudgeMaxPerHour: 3,
    sensitivity: 4,
  },
};
