/**
 * The content model, in one place: every collection, where its files live and the shape
 * each entry must have. Astro's collections (src/content.config.ts) are built from it, and
 * the build's content check (validateContent.ts) walks the same list with the same
 * schemas and the same YAML and CSV readers (contentFiles.ts, csv.ts).
 */
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
} from './schemas.ts';

/** A folder of MDX files, one sub-folder per language: content/<name>/<lang>/<file>.mdx */
const mdx = <S, K extends string>(kind: K, folder: string, schema: S) => ({ kind, folder, schema, format: 'mdx' }) as const;
/** A folder of YAML files, one sub-folder per language: content/<name>/<lang>/<file>.yaml */
const yamlFolder = <S, K extends string>(kind: K, folder: string, schema: S) => ({ kind, folder, schema, format: 'yaml' }) as const;
/** One YAML file holding a list of entries, each with an id. */
const yamlList = <S>(file: string, schema: S) => ({ file, schema }) as const;

export const contentModel = {
  chapters: mdx('chapter', 'content/chapters', chapterSchema),
  pages: mdx('page', 'content/pages', pageSchema),
  guides: mdx('guide', 'content/guides', guideSchema),
  selfcheck: yamlFolder('selfcheck', 'content/selfcheck', selfcheckSchema),
  sources: yamlList('content/sources.yaml', sourceSchema),
  figures: yamlList('content/figures.yaml', figureSchema),
  glossary: yamlList('content/glossary.yaml', glossarySchema),
  allegations: yamlList('content/allegations.yaml', allegationSchema),
  helplines: yamlList('content/helplines.yaml', helplineSchema),
  timeline: yamlList('content/timeline.yaml', timelineEventSchema),
  /** Every CSV in the folder; one entry per row, id "<file>/<row_id>". */
  data: { folder: 'content/data', schema: dataRowSchema },
} as const;

/** The folders with one file per language, in the order the translation tools list them. */
export const TRANSLATED_COLLECTIONS = [contentModel.chapters, contentModel.pages, contentModel.guides, contentModel.selfcheck] as const;
