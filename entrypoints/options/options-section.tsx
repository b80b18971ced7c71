/** One options section: a card with its heading, its settings fields and its parts. */
import { SettingField } from '../../components/setting-field';
import { td } from '../../components/i18n-dynamic';
import { SETTINGS_SPEC } from '../../lib/settings-schema';
import { sectionKeys } from './section-keys';
import { OPTIONS_SECTIONS, type OptionsSection, type SectionProps } from './sections';

export function OptionsSectionCard({
  section,
  resolved,
  save,
}: SectionProps & { section: OptionsSection }) {
  const limits = resolved.limits as Partial<Record<string, { min: number; max: number }>>;
  return (
    <section
      id={section.id}
      class="card options-section"
      aria-labelledby={`${section.id}-h`}
      data-testid={`section-${section.id}`}
    >
      <h2 id={`${section.id}-h`}>{td(section.title)}</h2>
      <div class="options-fields">
        {sectionKeys(section, OPTIONS_SECTIONS, SETTINGS_SPEC).map((k) => {
          const field = (
            <SettingField
              key={k}
              name={k}
              spec={SETTINGS_SPEC[k]}
              value={resolved.settings[k]}
              locked={resolved.locked.includes(k)}
              managed={resolved.managed.includes(k)}
              limit={limits[k]}
              onChange={(v) => save(k, v)}
            />
          );
          const Beside = section.beside?.[k];
          const wide = section.wide?.includes(k);
          if (!Beside && !wide) return field;
          return (
            <div key={k} class={wide ? 'options-wide' : 'stack-tight'}>
              {field}
              {Beside && <Beside resolved={resolved} save={save} />}
            </div>
          );
        })}
      </div>
      {(section.parts ?? []).map((Part, i) => (
        <div key={i} class="options-part">
          <Part resolved={resolved} save={save} />
        </div>
      ))}
    </section>
  );
}
