/**
 * The options page's sections. Each section is a heading with its settings fields, then its own
 * components (`parts`); `beside` puts a component right under one field. The tabs that hold the
 * sections, and their order, are in options-tabs.ts. To add a control, add its setting to the
 * settings table (it then appears in the section of its group) or add a component to a section's
 * `parts`; a new section is one more entry here and its id in a tab.
 */
import type { ComponentType } from 'preact';
import type { SettingKey, SettingSpec } from '../../lib/settings-schema';
import type { ResolvedSettings } from '../../lib/settings-policy';
import { SoundSample } from '../../components/sound-sample';
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
  /** Anchor (`options.html#hours` opens its tab there) and heading id prefix. */
  id: string;
  /** Locale key of the heading. */
  title: string;
  /** Settings shown first, in this order. */
  settings?: SettingKey[];
  /** Settings-table groups whose remaining settings follow (new settings land here). */
  groups?: SettingSpec['group'][];
  /** Components after the fields: permissions, export, backup... */
  parts?: ComponentType<SectionProps>[];
  /** Fields across both columns on wide windows: choices too long for one column. */
  wide?: SettingKey[];
  /** Components right under a field, such as the sample beside the break sounds. */
  beside?: Partial<Record<SettingKey, ComponentType<SectionProps>>>;
}

/** Lets a person hear the break sounds before turning them on. */
const BreakSoundSample = () => <SoundSample />;

export const OPTIONS_SECTIONS: OptionsSection[] = [
  {
    id: 'breaks',
    title: 'groupBreaks',
    // The break style first, across the page: how firmly breaks ask, and its choices are long.
    settings: ['strictness'],
    wide: ['strictness'],
    groups: ['breaks'],
    beside: { breakSounds: BreakSoundSample },
  },
  {
    id: 'camera',
    title: 'groupMonitoring',
    // The camera light, with what it means, last: it is the tallest.
    settings: ['cameraEnabled', 'lowPowerMode', 'sensitivity', 'awayAfterSec', 'cameraLight'],
    groups: ['monitoring'],
    beside: { cameraLight: CameraLightInfo },
  },
  { id: 'nudges', title: 'groupNudges', groups: ['nudges'] },
  { id: 'hours', title: 'groupHours', groups: ['hours'] },
  { id: 'meetings', title: 'groupMeetings', groups: ['meetings'], parts: [TabsPermission] },
  { id: 'exercises', title: 'groupExercises', groups: ['exercises'] },
  { id: 'language', title: 'optionsLanguageHeading', settings: ['language'] },
  { id: 'data', title: 'dataHeading', groups: ['data'], parts: [DataSection, BackupSection] },
];
