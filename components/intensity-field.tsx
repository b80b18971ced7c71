/** The diary's 0-10 headache intensity slider with its live value and scale hint. */
import { i18n } from '#i18n';

export function IntensityField(props: {
  id: string;
  value: number;
  onChange: (v: number) => void;
}) {
  return (
    <div>
      <label for={props.id}>{i18n.t('diaryIntensity')}</label>
      <div class="intensity">
        <input
          id={props.id}
          type="range"
          min={0}
          max={10}
          step={1}
          value={props.value}
          aria-valuetext={i18n.t('diaryIntensityValue', [String(props.value)])}
          onInput={(e) => props.onChange(Number(e.currentTarget.value))}
        />
        <output for={props.id}>{props.value}</output>
      </div>
      <span class="muted small">{i18n.t('diaryScale')}</span>
    </div>
  );
}
