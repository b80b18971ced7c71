/** Which settings each options section shows. Pure. */
import type { SettingKey, SettingSpec } from '../../lib/settings-schema';

/** The part of a section that decides its fields. */
export interface SectionFields {
  settings?: SettingKey[];
  groups?: SettingSpec['group'][];
}

/**
 * The settings of `section`: its own list first, then, in table order, every setting of its
 * groups that no section lists by name. Every setting thus appears exactly once as long as each
 * group belongs to one section.
 */
export function sectionKeys(
  section: SectionFields,
  all: readonly SectionFields[],
  specs: Record<SettingKey, { group: SettingSpec['group'] }>,
): SettingKey[] {
  const named = new Set(all.flatMap((s) => s.settings ?? []));
  const keys = Object.keys(specs) as SettingKey[];
  const fromGroups = keys.filter(
    (k) => !named.has(k) && (section.groups ?? []).includes(specs[k].group),
  );
  return [...(section.settings ?? []), ...fromGroups];
}
