/**
 * Every graphic, found by its folder: src/graphics/<id>/graphic.ts holds its definition
 * and src/graphics/<id>/Graphic.astro places it. Adding a folder adds the graphic to the
 * chapters' MDX components, the data page, the CSV downloads and the tests; nothing else
 * lists graphics. (Vite, Astro and Vitest only; tests in Node use tests/e2e/graphics.ts.)
 */
import type { GraphicDefinition } from './defineGraphic.ts';

const definitions = import.meta.glob<GraphicDefinition>('./*/graphic.ts', { eager: true, import: 'default' });

/** The graphics by id, in folder order. */
export const graphics: ReadonlyMap<string, GraphicDefinition> = new Map(
  Object.entries(definitions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, def]) => {
      const folder = path.split('/')[1];
      if (def.id !== folder) throw new Error(`src/graphics/${folder}/graphic.ts: id: "${def.id}" must be its folder's name, "${folder}"`);
      return [def.id, def];
    }),
);

export function graphicById(id: string): GraphicDefinition {
  const def = graphics.get(id);
  if (!def) throw new Error(`Unknown graphic "${id}" (no src/graphics/${id}/graphic.ts)`);
  return def;
}
