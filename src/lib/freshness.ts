/**
 * Facts that go stale: every case status, law penalty and help line carries the day an
 * editor last checked it (`checked`). The content check fails on one older than the set
 * age, so the site cannot go out of date without the build saying so, and `npm run due`
 * lists what falls due soonest.
 */

/** How old a `checked` date may be, in months, unless CHECKED_MAX_AGE_MONTHS says otherwise. */
export const DEFAULT_MAX_AGE_MONTHS = 12;

export interface CheckedFact {
  file: string;
  /** The field path, in the form the content check prints: "entry nccia-1799.checked". */
  field: string;
  /** What the fact is, for the due list. */
  label: string;
  checked: string;
}

/** The day a fact checked on `checked` falls due: the same day, `months` later. */
export function dueDate(checked: string, months: number): string {
  const [y, m, d] = checked.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The facts whose check is older than `months` on `today`, oldest first. */
export function overdue(facts: readonly CheckedFact[], today: string, months: number): CheckedFact[] {
  return dueList(facts, months).filter((f) => f.due < today);
}

/** Every fact with the day it falls due, soonest first. */
export function dueList(facts: readonly CheckedFact[], months: number): (CheckedFact & { due: string })[] {
  return facts
    .map((f) => ({ ...f, due: dueDate(f.checked, months) }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.file.localeCompare(b.file) || a.field.localeCompare(b.field));
}

/** The age limit from the environment (CHECKED_MAX_AGE_MONTHS), or the default. */
export function maxAgeFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.CHECKED_MAX_AGE_MONTHS;
  if (raw === undefined || raw === '') return DEFAULT_MAX_AGE_MONTHS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`CHECKED_MAX_AGE_MONTHS must be a whole number of months, got "${raw}"`);
  return n;
}

/** Today as YYYY-MM-DD in UTC. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The freshness settings from the environment: CHECKED_MAX_AGE_MONTHS (default 12), and
 * CONTENT_TODAY, which pins the day (only the tests of the build set it).
 */
export function freshnessFromEnv(env: Record<string, string | undefined>): { maxAgeMonths: number; today?: string } {
  return { maxAgeMonths: maxAgeFromEnv(env), today: env.CONTENT_TODAY || undefined };
}
