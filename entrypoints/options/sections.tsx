/**
 * The options page's sections, in page order (the most used first). Each section is a heading
 * with its settings fields, then its own components (`parts`). To add a control, add its setting
 * to the settings table (it then appears in the section of its group) or add a component to a
 * section's `parts`; a new section is one more entry here.
 */
import type { ComponentType } from 'preact';
import type { SettingKey, SettingSpec } from '../../lib/settings-schema';
import type { ResolvedSettings } from '../../lib/settings-policy';
import { BackupSection } from './backup-section';
import { CameraLightInfo } from './camera-light';
import { DataSection } from './data-section';
import { TabsPermission } from './tabs-permission';

/** What every section part receives. */
export interface SectionProps {
  resolved: ResolvedSettings;
  /** Saves one setting through the service worker (which applies policy). */
  save: (key: SettingKey, value: unknown) => void;
}

export interface OptionsSection {
  /** Anchor (`options.html#breaks`) and heading id prefix. */
  id: string;
  /** Locale key of the heading and its table-of-contents entry. */
  title: string;
  /** Settings shown first, in this order. */
  settings?: SettingKey[];
  /** Settings-table groups whose remaining settings follow (new settings land here). */
  groups?: SettingSpec['group'][];
  /** Components after the fields: permissions, export, backup... */
  parts?: ComponentType<SectionProps>[];
}

export const OPTIONS_SECTIONS: OptionsSection[] = [
  {
    id: 'general',
    title: 'groupGeneral',
    settings: ['language', 'cameraEnabled', 'strictness'],
  },
  { id: 'breaks', title: 'groupBreaks', groups: ['breaks'] },
  { id: 'nudges', title: 'groupNudges', groups: ['nudges'] },
  { id: 'camera', title: 'groupMonitoring', groups: ['monitoring'], parts: [CameraLightInfo] },
  { id: 'hours', title: 'groupHours', groups: ['hours'] },
  { id: 'meetings', title: 'groupMeetings', groups: ['meetings'], parts: [TabsPermission] },
  { id: 'exercises', title: 'groupExercises', groups: ['exercises'] },
  // `#data` is linked from the popup's storage notice.
  { id: 'data', title: 'dataHeading', groups: ['data'], parts: [DataSection, BackupSection] },
];
