import { render } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExerciseIllustration } from '../../../../components/illustrations/exercise-illustration';
import { CATALOG } from '../../../../lib/exercises/catalog';
import { EXERCISE_IDS } from '../../../../lib/exercises/types';

describe('exercise illustrations', () => {
  it.each(EXERCISE_IDS)('%s has an accessible, animated figure', (id) => {
    const { container } = render(
      <ExerciseIllustration id={CATALOG[id].illustration} label={`fig ${id}`} />,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(`fig ${id}`);
    const moving = svg.querySelectorAll('.ex-move, .ex-alt');
    expect(moving.length).toBeGreaterThan(0);
    for (const m of moving) expect(m.getAttribute('style')).toMatch(/--to: [^;]+;.*--dur: \d+s/);
    expect(svg.classList.contains('ex-still')).toBe(false);
  });

  it('can be forced still', () => {
    const { container } = render(<ExerciseIllustration id="chin-tuck" label="x" still />);
    expect(container.querySelector('svg')!.classList.contains('ex-still')).toBe(true);
  });

  it('stops every animation under prefers-reduced-motion and shows the target pose', () => {
    const css = readFileSync('components/illustrations/illustrations.css', 'utf8');
    const block = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(block).toMatch(
      /\.ex-move,\s*\.ex-alt\s*\{\s*animation: none;\s*transform: var\(--to\);/,
    );
  });
});
