/**
 * npm run budget: fails when a built page passes its budget.
 *   JavaScript ≤ 40 KB gzip per page (every island it uses, hydrated)
 *   CSS ≤ 20 KB gzip per page
 *   first view (before scrolling) ≤ 150 KB for English chapters, ≤ 300 KB for Urdu ones
 * Prints every page's figures first.
 */
import { kb, printTable, weighSite, type PageWeight } from './weigh.ts';

export const BUDGET = { js: 40 * 1024, css: 20 * 1024, firstViewEn: 150 * 1024, firstViewUr: 300 * 1024 };

export function overBudget(rows: PageWeight[]): string[] {
  const over: string[] = [];
  for (const r of rows) {
    if (r.js > BUDGET.js) over.push(`${r.page}: JavaScript ${kb(r.js)} KB gzip is over ${kb(BUDGET.js)} KB`);
    if (r.css > BUDGET.css) over.push(`${r.page}: CSS ${kb(r.css)} KB gzip is over ${kb(BUDGET.css)} KB`);
    const urdu = r.page.startsWith('/ur/');
    const limit = urdu ? BUDGET.firstViewUr : BUDGET.firstViewEn;
    if (r.page.includes('/chapters/') && r.firstView > limit) over.push(`${r.page}: first view ${kb(r.firstView)} KB is over ${kb(limit)} KB`);
  }
  return over;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = weighSite(process.argv[2] ?? 'dist', (process.argv[3] ?? '/').replace(/\/?$/, '/'));
  printTable(rows);
  const over = overBudget(rows);
  const max = (f: (r: PageWeight) => number, filter: (r: PageWeight) => boolean = () => true) => rows.filter(filter).reduce((a, b) => (f(b) > f(a) ? b : a));
  const js = max((r) => r.js);
  const en = max(
    (r) => r.firstView,
    (r) => r.page.startsWith('/chapters/'),
  );
  const ur = max(
    (r) => r.firstView,
    (r) => r.page.startsWith('/ur/chapters/'),
  );
  console.log(
    `\nHeaviest JavaScript: ${js.page} ${kb(js.js)} KB (budget 40). Heaviest first view: English ${en.page} ${kb(en.firstView)} KB (budget 150), Urdu ${ur.page} ${kb(ur.firstView)} KB (budget 300).`,
  );
  if (over.length) {
    for (const o of over) console.error(o);
    process.exit(1);
  }
  console.log('Every page is within its budget.');
}
