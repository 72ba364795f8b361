/**
 * The build's gatekeeper: checks every content file against its schema and every
 * cross-reference (citations, figures, glossary terms, data sources, translations)
 * and returns one problem per line, naming the file and the field. It walks the one
 * content model (contentModel.ts) that Astro's collections are built from, with the same
 * readers, and reports every problem at once where Astro would stop at the first.
 */
import type { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import { componentIds } from './citations.ts';
import { unregisteredFigures } from './proseFigures.ts';
import { DEFAULT_MAX_AGE_MONTHS, isoToday, overdue, type CheckedFact } from './freshness.ts';
import { listCsvFiles, readMdxFolder, readText, readYamlFolder, readYamlList, type MdxFile } from './contentFiles.ts';
import { parseCsv } from './csv.ts';
import { contentModel } from './contentModel.ts';
import type { figureSchema, glossarySchema, sourceSchema } from './schemas.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'is required';
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  return issue.message;
}

function issueField(prefix: string, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return prefix || '(top level)';
  return [prefix, path].filter(Boolean).join('.') || '(top level)';
}

function checkSchema<T>(schema: z.ZodType<T>, value: unknown, file: string, prefix: string, problems: Problem[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file, field: issueField(prefix, issue), message: issueMessage(issue) });
  return undefined;
}

/**
 * Validates a YAML list of entries with ids; returns the valid entries by id. An entry
 * that fails its schema still reserves its id, so one bad field is reported once and
 * not again at every place that cites the entry.
 */
function checkList<T extends { id: string }>(
  root: string,
  { file, schema }: { file: string; schema: z.ZodType<T> },
  problems: Problem[],
): { entries: Map<string, T>; ids: Set<string> } {
  const out = new Map<string, T>();
  const invalid: string[] = [];
  const { data, error } = readYamlList(root, file);
  if (error || !Array.isArray(data)) {
    problems.push({ file, field: 'file', message: error ?? 'must be a YAML list of entries' });
    return { entries: out, ids: new Set() };
  }
  data.forEach((entry, i) => {
    const rawId = entry && typeof entry === 'object' && 'id' in entry ? String((entry as { id: unknown }).id) : `#${i + 1}`;
    const valid = checkSchema(schema, entry, file, `entry ${rawId}`, problems);
    if (!valid) {
      invalid.push(rawId);
      return;
    }
    if (out.has(valid.id)) problems.push({ file, field: `entry ${valid.id}.id`, message: 'is used by more than one entry' });
    out.set(valid.id, valid);
  });
  return { entries: out, ids: new Set([...out.keys(), ...invalid]) };
}

export interface ContentIndex {
  sources: Map<string, z.infer<typeof sourceSchema>>;
  figures: Map<string, z.infer<typeof figureSchema>>;
  glossary: Map<string, z.infer<typeof glossarySchema>>;
  /** Every id present in each registry, valid or not: references to them are not reported again. */
  ids: { sources: Set<string>; figures: Set<string>; glossary: Set<string>; allegations: Set<string>; helplines: Set<string> };
  /** Every fact that carries a `checked` date (penalties, case statuses, help lines). */
  checkedFacts: CheckedFact[];
  chapters: MdxFile[];
  pages: MdxFile[];
  guides: MdxFile[];
  /** content/selfcheck/<locale>/<chapter>.yaml, read like MDX files (the document stands for the frontmatter). */
  selfchecks: MdxFile[];
  dataFiles: string[];
}

function checkMdxReferences(file: MdxFile, index: ContentIndex, problems: Problem[]) {
  for (const id of componentIds(file.body, 'Cite')) {
    if (!index.ids.sources.has(id)) problems.push({ file: file.path, field: `<Cite id="${id}">`, message: 'unknown source id (not in content/sources.yaml)' });
  }
  for (const id of componentIds(file.body, 'Fig')) {
    if (!index.ids.figures.has(id)) problems.push({ file: file.path, field: `<Fig id="${id}">`, message: 'unknown figure id (not in content/figures.yaml)' });
  }
  for (const id of componentIds(file.body, 'KeyTerm')) {
    if (!index.ids.glossary.has(id))
      problems.push({ file: file.path, field: `<KeyTerm id="${id}">`, message: 'unknown glossary term (not in content/glossary.yaml)' });
  }
  for (const id of componentIds(file.body, 'Helpline')) {
    if (!index.ids.helplines.has(id))
      problems.push({ file: file.path, field: `<Helpline id="${id}">`, message: 'unknown help line (not in content/helplines.yaml)' });
  }
  for (const id of componentIds(file.body, 'CaseStatus')) {
    if (!index.ids.allegations.has(id))
      problems.push({ file: file.path, field: `<CaseStatus id="${id}">`, message: 'unknown case (not in content/allegations.yaml)' });
  }
  for (const fig of unregisteredFigures(file.body, [...index.figures.values()])) {
    problems.push({
      file: file.path,
      field: `figure "${fig.text.trim()}"`,
      message: 'is not in content/figures.yaml: quote only registered figures, or use <Fig id="…" />',
    });
  }
}

function checkMdxFolder(files: MdxFile[], schema: z.ZodType<unknown>, kind: string, index: ContentIndex, problems: Problem[]) {
  const english = new Set(files.filter((f) => f.locale === 'en').map((f) => f.name));
  for (const file of files) {
    if (!(locales as readonly string[]).includes(file.locale)) {
      problems.push({ file: file.path, field: 'folder', message: `"${file.locale}" is not a site language (${locales.join(', ')})` });
      continue;
    }
    if (file.frontmatterError) {
      problems.push({ file: file.path, field: 'frontmatter', message: file.frontmatterError });
      continue;
    }
    const data = checkSchema(schema, file.frontmatter, file.path, '', problems) as { keyTerms?: string[]; status?: string } | undefined;
    for (const m of file.raw.split(/\n---/)[0].matchAll(/^(\w+): [^"'[\n][^\n]* #/gm)) {
      problems.push({ file: file.path, field: m[1], message: 'contains " #", which YAML reads as the start of a comment: put the value in double quotes' });
    }
    if (file.locale !== 'en' && !english.has(file.name)) {
      problems.push({
        file: file.path,
        field: 'file name',
        message: `no English ${kind} "${file.path.split('/').pop()}" to translate: translations use the English file name`,
      });
    }
    if (data && file.locale !== 'en' && data.status === undefined) {
      problems.push({ file: file.path, field: 'status', message: 'is required for a translation (draft or reviewed)' });
    }
    for (const id of data?.keyTerms ?? []) {
      if (!index.ids.glossary.has(id)) problems.push({ file: file.path, field: 'keyTerms', message: `unknown glossary term "${id}"` });
    }
    checkMdxReferences(file, index, problems);
  }
}

function checkDataFile(root: string, file: string, index: ContentIndex, problems: Problem[]) {
  // A file with a `checked` column (law penalties) dates every row; an empty cell is an error.
  let table;
  try {
    table = parseCsv(readText(root, file), file);
  } catch (e) {
    const [, field = 'file', message = (e as Error).message] = /^[^:]+: ([^:]+): (.*)$/.exec((e as Error).message) ?? [];
    problems.push({ file, field, message });
    return;
  }
  const seen = new Set<string>();
  table.rows.forEach((row, i) => {
    const valid = checkSchema(contentModel.data.schema, row, file, `row ${i + 1}`, problems);
    if (!valid) return;
    if (seen.has(valid.row_id)) problems.push({ file, field: `row ${i + 1}.row_id`, message: `"${valid.row_id}" is used by more than one row` });
    seen.add(valid.row_id);
    if (table.columns.includes('checked')) {
      const checked = (row as Record<string, string>).checked ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(checked))
        problems.push({ file, field: `row ${i + 1}.checked`, message: 'must be the full date (YYYY-MM-DD) this row was last checked' });
      else index.checkedFacts.push({ file, field: `row ${i + 1}.checked`, label: valid.measure, checked });
    }
    if (!index.ids.sources.has(valid.source_id)) {
      problems.push({ file, field: `row ${i + 1}.source_id`, message: `unknown source id "${valid.source_id}" (not in content/sources.yaml)` });
    }
  });
}

export interface ValidateOptions {
  /** The day to judge `checked` dates against (default: today, UTC). */
  today?: string;
  /** How old a `checked` date may be (default: 12 months). */
  maxAgeMonths?: number;
}

/** Validates the content folder under `root`. An empty list means the build may go on. */
export function validateContent(root: string, options: ValidateOptions = {}): { problems: Problem[]; index: ContentIndex } {
  const today = options.today ?? isoToday();
  const maxAgeMonths = options.maxAgeMonths ?? DEFAULT_MAX_AGE_MONTHS;
  const problems: Problem[] = [];
  const model = contentModel;
  const sources = checkList(root, model.sources, problems);
  const figures = checkList(root, model.figures, problems);
  const glossary = checkList(root, model.glossary, problems);
  const allegations = checkList(root, model.allegations, problems);
  const helplines = checkList(root, model.helplines, problems);
  const timeline = checkList(root, model.timeline, problems);
  const cited: [string, Map<string, { sources: string[] }>][] = [
    [model.allegations.file, allegations.entries],
    [model.helplines.file, helplines.entries],
    [model.timeline.file, timeline.entries],
  ];
  for (const [file, entries] of cited) {
    for (const [id, entry] of entries) {
      for (const source of entry.sources) {
        if (!sources.ids.has(source)) problems.push({ file, field: `entry ${id}.sources`, message: `unknown source id "${source}"` });
      }
    }
  }
  for (const [id, event] of timeline.entries) {
    if (event.case && !allegations.ids.has(event.case))
      problems.push({ file: model.timeline.file, field: `entry ${id}.case`, message: `unknown case "${event.case}" (not in content/allegations.yaml)` });
  }
  for (const [id, fig] of figures.entries) {
    if (!sources.ids.has(fig.source)) problems.push({ file: model.figures.file, field: `entry ${id}.source`, message: `unknown source id "${fig.source}"` });
  }
  const index: ContentIndex = {
    sources: sources.entries,
    figures: figures.entries,
    glossary: glossary.entries,
    ids: { sources: sources.ids, figures: figures.ids, glossary: glossary.ids, allegations: allegations.ids, helplines: helplines.ids },
    checkedFacts: [
      ...[...figures.entries.values()]
        .filter((f) => f.checked)
        .map((f) => ({ file: model.figures.file, field: `entry ${f.id}.checked`, label: f.label, checked: f.checked! })),
      ...[...allegations.entries.values()].map((a) => ({
        file: model.allegations.file,
        field: `entry ${a.id}.checked`,
        label: `status of the case against ${a.accused}`,
        checked: a.checked,
      })),
      ...[...helplines.entries.values()].map((h) => ({
        file: model.helplines.file,
        field: `entry ${h.id}.checked`,
        label: `${h.name.en} (${h.number})`,
        checked: h.checked,
      })),
    ],
    chapters: readMdxFolder(root, model.chapters.folder),
    pages: readMdxFolder(root, model.pages.folder),
    guides: readMdxFolder(root, model.guides.folder),
    selfchecks: readYamlFolder(root, model.selfcheck.folder),
    dataFiles: listCsvFiles(root, model.data.folder),
  };
  checkMdxFolder(index.chapters, model.chapters.schema, model.chapters.kind, index, problems);
  checkMdxFolder(index.pages, model.pages.schema, model.pages.kind, index, problems);
  checkMdxFolder(index.guides, model.guides.schema, model.guides.kind, index, problems);
  checkMdxFolder(index.selfchecks, model.selfcheck.schema, 'self-check', index, problems);
  const chapterNames = new Set(index.chapters.filter((c) => c.locale === 'en').map((c) => c.name));
  for (const guide of index.guides.filter((g) => g.locale === 'en')) {
    if (!chapterNames.has(guide.name))
      problems.push({ file: guide.path, field: 'file name', message: `no English chapter "${guide.name}.mdx": a guide takes its chapter's file name` });
  }
  for (const check of index.selfchecks.filter((g) => g.locale === 'en')) {
    if (!chapterNames.has(check.name))
      problems.push({ file: check.path, field: 'file name', message: `no English chapter "${check.name}.mdx": a self-check takes its chapter's file name` });
  }
  for (const file of index.dataFiles) checkDataFile(root, file, index, problems);
  for (const fact of overdue(index.checkedFacts, today, maxAgeMonths)) {
    problems.push({
      file: fact.file,
      field: fact.field,
      message: `last checked ${fact.checked}, more than ${maxAgeMonths} months before ${today}: check it against the sources again and update the date`,
    });
  }
  return { problems, index };
}
