/**
 * Keeps keyboard and screen-reader users with the page when a step or part changes: each time `key`
 * changes, the focus moves to the first element inside `ref` that matches `selector` (a heading
 * with tabIndex -1). Not on the first render: a page that just opened starts at the top anyway.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function useFocusOnChange(
  ref: RefObject<HTMLElement>,
  selector: string,
  key: string | number,
): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [key]);
}
