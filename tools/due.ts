/**
 * npm run due: every fact that carries a `checked` date (case statuses, law penalties,
 * help lines), soonest due first, so an editor knows what to check next. Pass a number
 * to show only the first N: `npm run due -- 10`.
 */
import { dueList, freshnessFromEnv, isoToday } from '../src/lib/freshness.ts';
import { validateContent } from '../src/lib/validateContent.ts';

const { maxAgeMonths: months, today = isoToday() } = freshnessFromEnv(process.env);
const limit = Number(process.argv[2] ?? Infinity);
const { index } = validateContent(process.cwd(), { maxAgeMonths: months });
const list = dueList(index.checkedFacts, months);
console.log(`${list.length} dated facts; each falls due ${months} months after it was checked. Today is ${today}.`);
for (const f of list.slice(0, limit)) {
  const mark = f.due < today ? 'OVERDUE ' : '';
  console.log(`${mark}${f.due}  ${f.file}: ${f.field}  (${f.label})`);
}
