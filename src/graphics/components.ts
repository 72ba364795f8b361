/** The MDX component of each graphic, keyed by its tag (HelplineGraphic), found by folder. */
import { graphics } from './index.ts';

const wrappers = import.meta.glob<(props: Record<string, unknown>) => unknown>('./*/Graphic.astro', { eager: true, import: 'default' });

export const graphicComponents = Object.fromEntries(
  [...graphics.values()].map((def) => {
    const component = wrappers[`./${def.id}/Graphic.astro`];
    if (!component) throw new Error(`src/graphics/${def.id}/Graphic.astro: file: is missing`);
    return [def.tag, component];
  }),
);
