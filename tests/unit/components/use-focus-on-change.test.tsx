/** The focus follows a step change to the new heading, and stays put on the first render. */
import { cleanup, render } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnChange } from '../../../components/use-focus-on-change';

function Steps({ step }: { step: number }) {
  const ref = useRef<HTMLElement>(null);
  useFocusOnChange(ref, 'h2', step);
  return (
    <main ref={ref}>
      <button>outside the heading</button>
      <h2 tabIndex={-1}>Step {step}</h2>
    </main>
  );
}

afterEach(cleanup);

describe('useFocusOnChange', () => {
  it('leaves the focus alone on the first render, then moves it to the new heading', () => {
    const { rerender, getByRole } = render(<Steps step={1} />);
    expect(document.activeElement).toBe(document.body);
    getByRole('button').focus();
    rerender(<Steps step={2} />);
    expect(document.activeElement).toBe(getByRole('heading'));
    expect(document.activeElement?.textContent).toBe('Step 2');
  });

  it('does not move the focus when the page re-renders on the same step', () => {
    const { rerender, getByRole } = render(<Steps step={1} />);
    getByRole('button').focus();
    rerender(<Steps step={1} />);
    expect(document.activeElement).toBe(getByRole('button'));
  });
});
