import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { contentModel } from './lib/contentModel.ts';
import { listCsvFiles, parseYamlList } from './lib/contentFiles.ts';
import { parseCsv } from './lib/csv.ts';

// Content lives in the top-level content/ folder, apart from code, so translators and
// editors never need to open src/. Every collection comes from the one content model
// (src/lib/contentModel.ts), which the build's content check walks too.

const mdx = <S extends z.ZodType>({ folder, schema }: { folder: string; schema: S }) =>
  defineCollection({ loader: glob({ pattern: '*/*.mdx', base: `./${folder}` }), schema });
const yamlList = <S extends z.ZodType>({ file: path, schema }: { file: string; schema: S }) =>
  defineCollection({ loader: file(path, { parser: parseYamlList }), schema });

/** One entry per CSV row, id "<file>/<row_id>": every number a graphic draws. */
const data = defineCollection({
  loader: {
    name: 'csv-rows',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const path of listCsvFiles('.', contentModel.data.folder)) {
        const dataset = path.replace(/^.*\//, '').replace(/\.csv$/, '');
        const { rows } = parseCsv(readFileSync(path, 'utf8'), path);
        for (const [position, row] of rows.entries()) {
          const id = `${dataset}/${row.row_id}`;
          const parsed = await parseData({ id, data: { ...row, file: dataset, position } });
          store.set({ id, data: parsed });
        }
      }
    },
  },
  schema: contentModel.data.schema.extend({ file: z.string(), position: z.number().int() }),
});

export const collections = {
  chapters: mdx(contentModel.chapters),
  pages: mdx(contentModel.pages),
  guides: mdx(contentModel.guides),
  /** Each chapter's self-check questions, one YAML file per chapter per language. */
  selfcheck: defineCollection({
    loader: glob({ pattern: '*/*.yaml', base: `./${contentModel.selfcheck.folder}` }),
    schema: contentModel.selfcheck.schema,
  }),
  sources: yamlList(contentModel.sources),
  figures: yamlList(contentModel.figures),
  glossary: yamlList(contentModel.glossary),
  allegations: yamlList(contentModel.allegations),
  helplines: yamlList(contentModel.helplines),
  timeline: yamlList(contentModel.timeline),
  data,
};
