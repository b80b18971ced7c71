/**
 * Picks the exercise words for a UI language, falling back to English for any exercise a
 * translation lacks.
 */
import type { ExerciseContent, ExerciseId, ExerciseText } from '../types';
import { CONTENT_EN, GENERAL_STOP_SIGNS_EN } from './en';
import { CONTENT_ES, GENERAL_STOP_SIGNS_ES } from './es';
import { CONTENT_DE, GENERAL_STOP_SIGNS_DE } from './de';

export const CONTENT_LANGUAGES = ['en', 'es', 'de'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

const CONTENT: Record<ContentLanguage, Partial<ExerciseContent>> = {
  en: CONTENT_EN,
  es: CONTENT_ES,
  de: CONTENT_DE,
};
const STOP: Record<ContentLanguage, readonly string[]> = {
  en: GENERAL_STOP_SIGNS_EN,
  es: GENERAL_STOP_SIGNS_ES,
  de: GENERAL_STOP_SIGNS_DE,
};

/** Maps a locale tag such as `de-AT`, `es_419` or `auto` to a content language (default en). */
export function contentLanguage(tag: string | undefined): ContentLanguage {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (CONTENT_LANGUAGES as readonly string[]).includes(base) ? (base as ContentLanguage) : 'en';
}

/** The words for one exercise in `lang`, English when that translation is missing. */
export function exerciseText(id: ExerciseId, lang: ContentLanguage): ExerciseText {
  return CONTENT[lang][id] ?? CONTENT_EN[id];
}

/** Stop signs that apply to every exercise, in `lang`. */
export function generalStopSigns(lang: ContentLanguage): readonly string[] {
  return STOP[lang].length > 0 ? STOP[lang] : GENERAL_STOP_SIGNS_EN;
}

/** Exercise ids that `lang` translates (for tests and the report). */
export function translatedIds(lang: ContentLanguage): ExerciseId[] {
  return Object.keys(CONTENT[lang]) as ExerciseId[];
}
