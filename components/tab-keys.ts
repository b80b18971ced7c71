/**
 * Keyboard movement between the tabs of a tablist (WAI-ARIA tabs pattern): Left and Right step
 * and wrap around, Home and End go to the first and the last tab. Pure.
 */

/**
 * The index of the tab that `key` moves to from tab `index` of `count` tabs, or null when the key
 * does not move between tabs (it is then left to the browser).
 */
export function tabKeyTarget(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
