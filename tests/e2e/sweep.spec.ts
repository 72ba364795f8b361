import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { isUrdu, sitePages } from './site.ts';

// One sweep of the built site: each page is loaded once, at phone width, and every check
// that holds for every page runs on that one load. A failure names the page and the check.
const pages = sitePages();
const ORIGIN_HOSTS = [`127.0.0.1:${process.env.E2E_PORT}`, ''];

test('the site has both editions', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/ur/');
  expect(pages.filter(isUrdu).length).toBeGreaterThan(3);
});

for (const path of pages) {
  test(`${path}`, async ({ page, context }) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!ORIGIN_HOSTS.includes(url.host) && !/^(data|about|blob):/.test(url.protocol)) foreign.push(r.url());
    });

    const response = await page.goto(path);
    expect(response?.ok(), 'the page loads').toBe(true);
    // Down the page and back (what is far down lays itself out), then on once the fonts are
    // in: the page's scripts have run by the load event, so no quiet network is waited for.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 0)));

    const facts = await page.evaluate(() => {
      const html = document.documentElement;
      const csp = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (el) => !el.hasAttribute('disabled') && el.tabIndex >= 0 && el.getClientRects().length > 0,
      );
      const name = document.querySelector('.site-name')!.getBoundingClientRect();
      // Targets smaller than 24 × 24 px (WCAG 2.2, 2.5.8), leaving out links inside running text.
      const small = [...document.querySelectorAll<HTMLElement>('main a[href], main button, header a[href], footer a[href], footer button, .top-bar a')]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('p, li, td, dd, figcaption, .source-list, .case-status, .helpline, .note'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width < 24 || r.height < 24;
        })
        .map((el) => `${el.className || el.tagName} "${el.textContent?.trim().slice(0, 20)}"`);
      return {
        lang: html.lang,
        dir: html.dir,
        h1: document.querySelectorAll('h1').length,
        overflow: html.scrollWidth - html.clientWidth,
        csp,
        firstFocus: focusable[0]?.hasAttribute('data-quick-exit') ?? false,
        nameRight: name.right,
        small,
      };
    });
    expect(facts.lang, 'lang').toBe(isUrdu(path) ? 'ur' : 'en');
    expect(facts.dir, 'dir').toBe(isUrdu(path) ? 'rtl' : 'ltr');
    // In Urdu the bar starts on the right: the site's name sits at the right edge.
    if (isUrdu(path)) expect(facts.nameRight, 'the site name sits on the right').toBeGreaterThan(300);
    expect(facts.h1, 'one h1').toBe(1);
    expect(facts.overflow, 'no horizontal scroll at 360 px').toBeLessThanOrEqual(0);
    expect(facts.csp, 'a Content-Security-Policy that allows only this origin').toContain("default-src 'self'");
    expect(facts.csp).not.toMatch(/https?:\/\//);
    expect(facts.firstFocus, 'the quick exit is the first thing the keyboard reaches').toBe(true);
    expect(facts.small, 'every target is at least 24 × 24 px').toEqual([]);

    // axe sees the page as Lighthouse does: far-off blocks that skip layout until needed
    // (content-visibility: auto) stay skipped.
    // The pages have no frames, so axe runs in the page itself (legacy mode) and reports only
    // violations: the same rules, a third of the time of its cross-frame mode.
    const axe = await new AxeBuilder({ page })
      .setLegacyMode(true)
      .options({ resultTypes: ['violations'] })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      'axe',
    ).toEqual([]);
    if (path.includes('/chapters/')) {
      // Lighthouse measures target spacing on a 412 px phone, where lines break elsewhere.
      await page.setViewportSize({ width: 412, height: 823 });
      const wide = await new AxeBuilder({ page })
        .setLegacyMode(true)
        .options({ resultTypes: ['violations'] })
        .withRules(['target-size'])
        .analyze();
      expect(
        wide.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        'axe target size at 412 px',
      ).toEqual([]);
    }

    // The same page as a phone set to dark shows it: only colour contrast changes with the
    // theme, so only that rule runs again, with the axe the run above left in the page
    // (src/styles/global.css holds the dark palette). It adds about half a second a page.
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { nodes: { target: string[]; failureSummary?: string }[] }[] }> } }
      ).axe;
      const result = await axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));
    });
    expect(dark, 'axe colour contrast in dark mode').toEqual([]);

    if (isUrdu(path)) {
      // A number with a dash, a slash or parentheses ("2017–18", "29(1)", "377-B") reads in
      // its own order: its first character left of its last.
      const reversed = await page.evaluate(() => {
        const token = /\d[\d.,]*(?:[-–/]\w[\w.,]*|\(\w+\))+/g;
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of (node.textContent ?? '').matchAll(token)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + 1);
            const first = range.getBoundingClientRect();
            range.setStart(node, m.index + m[0].length - 1);
            range.setEnd(node, m.index + m[0].length);
            const last = range.getBoundingClientRect();
            if (first.width === 0 || last.width === 0 || Math.abs(first.top - last.top) > 4) continue;
            if (first.left >= last.left) out.push(m[0]);
          }
        }
        return out;
      });
      expect(reversed, 'numbers read left to right').toEqual([]);
    }

    expect(foreign, 'no request to another origin').toEqual([]);
    expect(await context.cookies(), 'no cookie').toEqual([]);
    expect(errors, 'no console error').toEqual([]);
  });
}
