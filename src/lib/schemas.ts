/**
 * The shapes of every content file. Used twice: by Astro's content collections
 * (src/content.config.ts) and by the build's own validator (validateContent.ts), which
 * reports a bad file in one line naming the file and the field before Astro starts.
 */
import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const fullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full ISO date: YYYY-MM-DD');
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const confidenceLevels = ['verified', 'wikipedia-only', 'unverified'] as const;

export const sourceSchema = z
  .object({
    id: kebabId,
    title: z.string().min(1),
    publisher: z.string().min(1),
    date: isoDate.optional(),
    date_note: z.string().optional(),
    url: z.url({ protocol: /^https?$/ }),
    confidence: z.enum(confidenceLevels),
    facts: z.array(z.string()).default([]),
    note: z.string().optional(),
    /** Why an entry no page cites is kept (a copy of another source, a figure we chose not to use). */
    unused_reason: z.string().optional(),
  })
  .strict()
  .refine((s) => s.date !== undefined || s.date_note !== undefined, {
    message: 'give a date, or a date_note saying why there is none',
    path: ['date'],
  });
export type Source = z.infer<typeof sourceSchema>;

export const figureUnits = [
  'percent', 'count', 'rupees', 'years', 'months', 'days', 'hours', 'age', 'rank', 'members',
  'date', 'year', 'phone', 'section',
] as const;

export const figureSchema = z
  .object({
    id: kebabId,
    value: z.union([z.number(), z.string()]).optional(),
    value_max: z.number().optional(),
    unit: z.enum(figureUnits),
    date: isoDate.optional(),
    label: z.string().min(1),
    year: z.number().int().optional(),
    source: kebabId,
    fact: z.string().optional(),
    confidence: z.enum(confidenceLevels),
    note: z.string().optional(),
  })
  .strict()
  .refine((f) => (f.unit === 'date' || f.unit === 'year' ? f.date !== undefined : f.value !== undefined), {
    message: 'a date or year figure needs `date`; every other figure needs `value`',
    path: ['value'],
  });
export type Figure = z.infer<typeof figureSchema>;

export const glossarySchema = z
  .object({
    id: kebabId,
    en: z.object({ term: z.string().min(1), definition: z.string().min(1) }).strict(),
    ur: z.object({ term: z.string().min(1), definition: z.string().min(1) }).strict(),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossarySchema>;

export const translationStatuses = ['draft', 'reviewed'] as const;

/** Frontmatter of a chapter in any locale. Reading time is computed, never typed. */
export const chapterSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1).max(220),
    order: z.number().int().min(1).max(99),
    contentNote: z.string().min(1),
    keyTerms: z.array(kebabId).default([]),
    lastUpdated: fullDate,
    /** Translations only: draft until a fluent reader has reviewed it. */
    status: z.enum(translationStatuses).optional(),
    /** Translations only: hash of the English file this translation follows (see translationStatus.ts). */
    sourceHash: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by npm run i18n:status').optional(),
  })
  .strict();
export type ChapterData = z.infer<typeof chapterSchema>;

/** Frontmatter of a standalone page (help, about, privacy) in any locale. */
export const pageSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1).max(220),
    lastUpdated: fullDate,
    status: z.enum(translationStatuses).optional(),
    sourceHash: z.string().regex(/^[0-9a-f]{12}$/).optional(),
  })
  .strict();
export type PageData = z.infer<typeof pageSchema>;

/** One row of a CSV in content/data: copied as it is from ../shared/data, plus a key and a source id. */
export const dataRowSchema = z
  .object({
    row_id: kebabId,
    measure: z.string().min(1),
    year_or_period: z.string().min(1),
    value: z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a plain number such as 3445 or 33.48 (no commas, no words)'),
    /** Upper end when the source gives a range (penalties of 14 to 20 years). */
    value_max: z
      .string()
      .regex(/^(-?\d+(\.\d+)?)?$/, 'must be empty or a plain number')
      .optional(),
    unit: z.string().min(1),
    geography: z.string().min(1),
    population: z.string().min(1),
    source_id: kebabId,
    confidence: z.string().min(1),
    notes: z.string(),
  })
  .loose();
export type DataRow = z.infer<typeof dataRowSchema>;

const allegationText = {
  accused: z.string().min(1),
  accusers: z.string().min(1),
  allegation: z.string().min(1),
  denial: z.string().min(1),
  status: z.string().min(1),
};

/**
 * The register of allegations (content/allegations.yaml): each case's status is written
 * once here and shown by chapters (<CaseStatus id>) and the timeline graphic.
 */
export const allegationSchema = z
  .object({
    id: kebabId,
    ...allegationText,
    /** Date of the latest status we could confirm. */
    as_of: isoDate,
    /** True when a minor was involved: no detail beyond what the law or movement requires. */
    minors: z.boolean(),
    sources: z.array(kebabId).min(1),
    /** The Urdu text of the same fields (translations start as drafts). */
    ur: z.object(allegationText).strict().optional(),
  })
  .strict();
export type Allegation = z.infer<typeof allegationSchema>;

export const timelineKinds = ['allegation', 'denial', 'court', 'complaint', 'protest', 'law', 'other'] as const;

/** One event of the movement's timeline (content/timeline.yaml). */
export const timelineEventSchema = z
  .object({
    id: kebabId,
    date: isoDate,
    kind: z.enum(timelineKinds),
    en: z.string().min(1),
    ur: z.string().min(1).optional(),
    /** The case in content/allegations.yaml this event belongs to, if any. */
    case: kebabId.optional(),
    sources: z.array(kebabId).min(1),
  })
  .strict();
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/**
 * A classroom guide for one chapter (content/guides/<locale>/<chapter file name>.mdx):
 * what students should learn, the key terms, questions for discussion, and the practical
 * frame (time, ages). The activity, preparation and disclosure advice are the body.
 */
export const guideSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1).max(220),
    goals: z.array(z.string().min(1)).min(2).max(6),
    keyTerms: z.array(kebabId).min(1),
    questions: z.array(z.string().min(1)).min(4).max(6),
    time: z.string().min(1),
    ages: z.string().min(1),
    lastUpdated: fullDate,
    status: z.enum(translationStatuses).optional(),
    sourceHash: z.string().regex(/^[0-9a-f]{12}$/).optional(),
  })
  .strict();
export type GuideData = z.infer<typeof guideSchema>;
