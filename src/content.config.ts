import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readdirSync, readFileSync } from 'node:fs';
import { parseCsv } from './lib/csv.ts';
import {
  allegationSchema,
  chapterSchema,
  dataRowSchema,
  figureSchema,
  glossarySchema,
  guideSchema,
  helplineSchema,
  pageSchema,
  selfcheckSchema,
  sourceSchema,
  timelineEventSchema,
} from './lib/schemas.ts';

// Content lives in the top-level content/ folder, apart from code, so translators and
// editors never need to open src/. tools/validate-content.ts checks the same schemas
// (and every cross-reference) before Astro runs, with one clear line per problem.

const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

/** Each chapter's self-check questions, one YAML file per chapter per language. */
const selfcheck = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/selfcheck' }),
  schema: selfcheckSchema,
});

const sources = defineCollection({ loader: file('content/sources.yaml'), schema: sourceSchema });
const figures = defineCollection({ loader: file('content/figures.yaml'), schema: figureSchema });
const glossary = defineCollection({ loader: file('content/glossary.yaml'), schema: glossarySchema });
const allegations = defineCollection({ loader: file('content/allegations.yaml'), schema: allegationSchema });
const helplines = defineCollection({ loader: file('content/helplines.yaml'), schema: helplineSchema });
const timeline = defineCollection({ loader: file('content/timeline.yaml'), schema: timelineEventSchema });

/** One entry per CSV row, id "<file>/<row_id>": every number a graphic draws. */
const data = defineCollection({
  loader: {
    name: 'csv-rows',
    load: async ({ store, parseData }) => {
      store.clear();
      const dir = './content/data';
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
        const dataset = name.replace(/\.csv$/, '');
        const { rows } = parseCsv(readFileSync(`${dir}/${name}`, 'utf8'), `content/data/${name}`);
        for (const [position, row] of rows.entries()) {
          const id = `${dataset}/${row.row_id}`;
          const parsed = await parseData({ id, data: { ...row, file: dataset, position } });
          store.set({ id, data: parsed });
        }
      }
    },
  },
  schema: dataRowSchema.extend({ file: z.string(), position: z.number().int() }),
});

export const collections = { chapters, pages, guides, selfcheck, sources, figures, glossary, allegations, helplines, timeline, data };
