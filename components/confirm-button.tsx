/**
 * A button that asks before it acts: pressed, it becomes an alert dialog with the question, Cancel
 * (focused) and the confirming button; Cancel gives the focus back to the button. Props in,
 * callbacks out.
 */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';

export function ConfirmButton(props: {
  /** Prefix of the dialog's title and text ids. */
  id: string;
  label: string;
  title: string;
  text: string;
  confirm: string;
  /** `bad`: the action destroys data (red button and dialog); `warn`: it changes data. */
  tone: 'bad' | 'warn';
  onConfirm: () => void;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const danger = props.tone === 'bad' ? 'danger' : undefined;
  const toggle = (next: boolean) => {
    setOpen(next);
    setTimeout(() => (next ? cancelRef : buttonRef).current?.focus(), 0);
  };

  if (!open)
    return (
      <div>
        <button ref={buttonRef} class={danger} onClick={() => toggle(true)}>
          {props.label}
        </button>
      </div>
    );
  return (
    <div
      class={`notice ${props.tone} stack`}
      role="alertdialog"
      aria-labelledby={`${props.id}-t`}
      aria-describedby={`${props.id}-d`}
    >
      <strong id={`${props.id}-t`}>{props.title}</strong>
      <p id={`${props.id}-d`}>{props.text}</p>
      <div class="row">
        <button ref={cancelRef} onClick={() => toggle(false)}>
          {i18n.t('actionCancel')}
        </button>
        <button
          class={danger}
          onClick={() => {
            setOpen(false);
            props.onConfirm();
          }}
        >
          {props.confirm}
        </button>
      </div>
    </div>
  );
}
