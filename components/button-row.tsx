/** A row of buttons for one decision (the primary action first). Props in, callbacks out. */

export interface RowButton {
  label: string;
  onClick: () => void;
  /** The action most people take: drawn as the primary button. */
  primary?: boolean;
  testId?: string;
}

/** The buttons in order; a `false` entry (a choice that does not apply) is left out. */
export function ButtonRow({ buttons }: { buttons: (RowButton | false)[] }) {
  return (
    <div class="row">
      {buttons.map(
        (b) =>
          b && (
            <button
              key={b.label}
              class={b.primary ? 'primary' : undefined}
              onClick={b.onClick}
              data-testid={b.testId}
            >
              {b.label}
            </button>
          ),
      )}
    </div>
  );
}
