/**
 * The shapes of every content file. The content model (contentModel.ts) pairs each with its
 * files; Astro's collections and the build's content check both take them from there.
 */
import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const fullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full ISO date: YYYY-MM-DD');
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/**
 * How far a fact was checked. verified: read in a primary text or two independent reports;
 * single-source: one source only, nothing against it; conflicting: sources disagree (the
 * page says so); wikipedia-only: found only in Wikipedia or a copy; unverified: could not
 * be checked. A fact marked "not found" in the fact sheets is never registered at all.
 */
export const confidenceLevels = ['verified', 'single-source', 'conflicting', 'wikipedia-only', 'unverified'] as const;

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

export const figureUnits = ['percent', 'count', 'rupees', 'years', 'months', 'days', 'hours', 'age', 'rank', 'members', 'date', 'year', 'section'] as const;

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
    /** True when the figure states a law's penalty: such a figure must carry `checked`. */
    penalty: z.boolean().optional(),
    /** The day an editor last checked this figure against the sources (required for penalties). */
    checked: fullDate.optional(),
  })
  .strict()
  .refine((f) => !f.penalty || f.checked !== undefined, {
    message: 'a penalty must say when it was last checked (YYYY-MM-DD)',
    path: ['checked'],
  })
  .refine((f) => (f.unit === 'date' || f.unit === 'year' ? f.date !== undefined : f.value !== undefined), {
    message: 'a date or year figure needs `date`; every other figure needs `value`',
    path: ['value'],
  });
export type Figure = z.infer<typeof figureSchema>;

export const glossarySchema = z
  .object({
    id: kebabId,
    en: z.object({ term: z.string().min(1), definition: z.string().min(1) }).strict(),
    ur: z
      .object({
        term: z.string().min(1),
        definition: z.string().min(1),
        /** Renderings decided against: npm run i18n:check refuses them anywhere in the Urdu edition. */
        avoid: z.array(z.string().min(1)).optional(),
        /** Phrases that contain an avoided word but are fine, such as a person's name. */
        allow: z.array(z.string().min(1)).optional(),
      })
      .strict(),
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
    sourceHash: z
      .string()
      .regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by npm run i18n:status')
      .optional(),
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
    sourceHash: z
      .string()
      .regex(/^[0-9a-f]{12}$/)
      .optional(),
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
  /** The accused person's own public response. Absent only when `no_public_response` is true. */
  denial: z.string().min(1).optional(),
  status: z.string().min(1),
};

/** What a court, inquiry or other body decided about the allegation itself. */
const findingText = {
  /** Who decided: "Pakistan Cricket Board inquiry", "MAO College inquiry". */
  body: z.string().min(1),
  /** What it found, in a few words: "cleared the officials". */
  result: z.string().min(1),
};

/**
 * The register of allegations (content/allegations.yaml): each case's response, finding
 * and status are written once here and shown by chapters (<CaseStatus id>) and the
 * timeline graphic. A status carries two dates: the latest event it reports (`as_of`) and
 * the day an editor last checked that nothing newer was found (`checked`).
 */
export const allegationSchema = z
  .object({
    id: kebabId,
    ...allegationText,
    /** Set when no public response by the accused was found (the page says so, with `checked`). */
    no_public_response: z.literal(true).optional(),
    finding: z
      .object({ ...findingText, date: isoDate })
      .strict()
      .optional(),
    /** Date of the latest event the status reports. */
    as_of: isoDate,
    /** The day an editor last searched for anything newer. */
    checked: fullDate,
    /** True when a minor was involved: no detail beyond what the law or movement requires. */
    minors: z.boolean(),
    sources: z.array(kebabId).min(1),
    /** The Urdu text of the same fields (translations start as drafts). */
    ur: z
      .object({ ...allegationText, finding: z.object(findingText).strict().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((a) => (a.denial === undefined) !== (a.no_public_response === undefined), {
    message: "give the accused person's public response in `denial`, or set `no_public_response: true` when none was found (one of the two, not both)",
    path: ['denial'],
  })
  .refine((a) => !a.ur || (a.ur.denial === undefined) === (a.denial === undefined), {
    message: 'must be given in Urdu exactly when the English entry gives it',
    path: ['ur', 'denial'],
  })
  .refine((a) => !a.ur || (a.ur.finding === undefined) === (a.finding === undefined), {
    message: 'must be given in Urdu exactly when the English entry gives it',
    path: ['ur', 'finding'],
  });
export type Allegation = z.infer<typeof allegationSchema>;

const bilingual = z.object({ en: z.string().min(1), ur: z.string().min(1) }).strict();

/**
 * A help line (content/helplines.yaml), the one place a number lives: the help page and
 * every chapter that gives a number read it from here, in both languages.
 */
export const helplineSchema = z
  .object({
    id: kebabId,
    name: bilingual,
    operator: bilingual,
    /** What to call it for, in a few words. */
    purpose: bilingual,
    /** The number as dialled: "1799", "0800-39393". */
    number: z.string().regex(/^[0-9][0-9-]*[0-9]$/, 'must be digits, with hyphens between groups only'),
    /** A key to press after the call connects (Punjab's route: 15, then 7). */
    then_press: z
      .string()
      .regex(/^[0-9]$/)
      .optional(),
    email: z.email().optional(),
    /** Opening hours as the source gives them; absent means the sources give none (the page says so). */
    hours: bilingual.optional(),
    /** Where it serves: "Pakistan", "Punjab only". */
    region: bilingual,
    /** Date of the newest source showing the line in use. */
    as_of: isoDate,
    confidence: z.enum(confidenceLevels),
    /** A limit the reader must know ("current operation not confirmed"). */
    caveat: bilingual.optional(),
    checked: fullDate,
    sources: z.array(kebabId).min(1),
  })
  .strict();
export type Helpline = z.infer<typeof helplineSchema>;

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
    sourceHash: z
      .string()
      .regex(/^[0-9a-f]{12}$/)
      .optional(),
  })
  .strict();
export type GuideData = z.infer<typeof guideSchema>;

/** One multiple-choice question of a chapter's self-check. `answer` counts the choices from 1. */
export const selfcheckQuestionSchema = z
  .object({
    question: z.string().min(1),
    choices: z.array(z.string().min(1)).min(2).max(5),
    /** The number of the right choice, counting from 1 (the first choice is 1). */
    answer: z.number().int(),
    /** Why that choice is right, in a sentence or two from the chapter. */
    explanation: z.string().min(1),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.answer < 1 || q.answer > q.choices.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `is ${q.answer}, but the question has ${q.choices.length} choices: give the number of the right one, from 1 to ${q.choices.length}`,
      });
    }
  });
export type SelfcheckQuestion = z.infer<typeof selfcheckQuestionSchema>;

/**
 * A chapter's self-check (content/selfcheck/<locale>/<chapter file name>.yaml): 3 to 5
 * multiple-choice questions shown at the end of the chapter. Translations carry status
 * and sourceHash, as chapters do.
 */
export const selfcheckSchema = z
  .object({
    status: z.enum(translationStatuses).optional(),
    sourceHash: z
      .string()
      .regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by npm run i18n:status')
      .optional(),
    questions: z.array(selfcheckQuestionSchema).min(3).max(5),
  })
  .strict();
export type SelfcheckData = z.infer<typeof selfcheckSchema>;
