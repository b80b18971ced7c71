/** One choice of a radio group: the radio, its name in bold and a line of help under it. */
export function RadioChoice(props: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  title: string;
  help: string;
  /** Id of the help line, which then describes the radio. */
  helpId?: string;
}) {
  return (
    <label class="choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        aria-describedby={props.helpId}
        onChange={props.onChange}
      />
      <span>
        <strong>{props.title}</strong>
        <span id={props.helpId} class="muted small block">
          {props.help}
        </span>
      </span>
    </label>
  );
}
