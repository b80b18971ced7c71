/** The polite live line under a form that says what just happened (saved, deleted, failed). */
export function StatusLine(props: { testId: string; text: string | null; extraClass?: string }) {
  return (
    <p
      role="status"
      class={props.extraClass ? `small ${props.extraClass}` : 'small'}
      data-testid={props.testId}
    >
      {props.text}
    </p>
  );
}
