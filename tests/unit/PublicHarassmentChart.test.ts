// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import PublicHarassmentChart from '../../src/graphics/public-harassment/Chart.svelte';

const labels = {
  affected: 'affected',
  notAffected: 'the rest',
  claim: 'A quoted claim',
  previous: 'Previous step',
  next: 'Next step',
  stepOf: 'Step {n} of {total}',
};

describe('PublicHarassmentChart', () => {
  it('draws its final state from the data before any step is active: 93 of 100 lit', () => {
    const { container } = render(PublicHarassmentChart, { share: 93, locale: 'en', labels });
    expect(container.querySelectorAll('.unit-grid circle')).toHaveLength(100);
    expect(container.querySelectorAll('.unit-grid circle.on')).toHaveLength(93);
    expect(container.querySelector('.unit-chart')?.getAttribute('data-state')).toBe('2');
    expect(container.querySelector('.chart-legend')?.textContent).toContain('93 affected');
  });
  it('draws whatever share the data row holds, not a number of its own', () => {
    const { container } = render(PublicHarassmentChart, { share: 40, locale: 'en', labels });
    expect(container.querySelectorAll('.unit-grid circle.on')).toHaveLength(40);
  });
  it('mirrors the grid in Urdu: the first unit sits on the right', () => {
    const { container } = render(PublicHarassmentChart, { share: 93, locale: 'ur', labels });
    const cx = [...container.querySelectorAll('.unit-grid circle')].map((c) => Number(c.getAttribute('cx')));
    expect(cx[0]).toBeGreaterThan(cx[9]);
  });
  it('hides the graphic from screen readers; the steps and table carry the content', () => {
    const { container } = render(PublicHarassmentChart, { share: 93, locale: 'en', labels });
    expect(container.querySelector('.scrolly-graphic')?.getAttribute('aria-hidden')).toBe('true');
  });
  it('draws one given state as a still picture, without steps or buttons (the present mode)', () => {
    const first = render(PublicHarassmentChart, { share: 93, locale: 'en', labels, still: true, stillStep: 0 }).container;
    expect(first.querySelectorAll('.unit-grid circle.on')).toHaveLength(0);
    expect(first.querySelector('.scrolly-controls')).toBeNull();
    expect(first.querySelector('.scrolly-still')?.getAttribute('aria-hidden')).toBe('true');
    const second = render(PublicHarassmentChart, { share: 93, locale: 'en', labels, still: true, stillStep: 1 }).container;
    expect(second.querySelectorAll('.unit-grid circle.on')).toHaveLength(93);
    expect(second.querySelector('.unit-chart')?.getAttribute('data-state')).toBe('1');
  });
});
