/**
 * The options page's tabs, in the order people use them (breaks first, data last), and which
 * sections (sections.tsx) each holds. The address's hash chooses the tab: `options.html#data` (the
 * popup's storage notice) opens a tab by its id, `options.html#hours` the tab holding that section,
 * scrolled to it. Pure.
 */

export interface OptionsTab {
  /** The tab's hash (`options.html#posture`). */
  id: string;
  /** Locale key of the tab's name. */
  title: string;
  /** Ids of its sections, in page order. */
  sections: readonly string[];
}

export const OPTIONS_TABS: readonly OptionsTab[] = [
  { id: 'breaks', title: 'groupBreaks', sections: ['breaks'] },
  { id: 'posture', title: 'groupMonitoring', sections: ['camera', 'nudges'] },
  { id: 'schedule', title: 'optionsTabSchedule', sections: ['hours', 'meetings'] },
  { id: 'exercises', title: 'groupExercises', sections: ['exercises'] },
  { id: 'language', title: 'settingLanguage', sections: ['language'] },
  { id: 'data', title: 'dataHeading', sections: ['data'] },
];

/** Where an address's hash leads: a tab, and a section of it to scroll to (null: the tab's top). */
export interface HashTarget {
  tab: string;
  section: string | null;
}

/**
 * The tab and section that `hash` (`location.hash`, with or without its `#`) names. A tab's own
 * id opens it at its top; a section's id opens its tab at that section; anything else (or no
 * hash) opens the first tab.
 */
export function tabForHash(hash: string, tabs: readonly OptionsTab[] = OPTIONS_TABS): HashTarget {
  const id = hash.replace(/^#/, '');
  const first = tabs[0]?.id ?? '';
  if (!id) return { tab: first, section: null };
  if (tabs.some((t) => t.id === id)) return { tab: id, section: null };
  const holder = tabs.find((t) => t.sections.includes(id));
  return holder ? { tab: holder.id, section: id } : { tab: first, section: null };
}
