/**
 * npm run bench: Lighthouse (mobile preset: a mid-range phone, slow 4G, 4x CPU slowdown)
 * on the home page, a chapter with graphics and an Urdu chapter, printing performance,
 * accessibility, best practices, SEO, LCP, CLS, TBT and bytes; then a scroll through the
 * graphics chapter with 4x CPU throttling, reporting the longest task. Serves dist/
 * itself; needs a build (npm run build) and Chromium. Not part of npm test (it is slow).
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { startPreview } from './preview.ts';

// PORT and DEBUG_PORT let two work trees measure side by side.
const PORT = Number(process.env.PORT ?? 4330);
const origin = `http://127.0.0.1:${PORT}`;
const pages = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(',') : ['/', '/chapters/patriarchy/', '/ur/chapters/origins/'];
const runs = Number(process.env.BENCH_RUNS ?? 3);

// BENCH_DIST measures another build (to compare before and after a change).
const server = await startPreview(PORT, process.env.BENCH_DIST ?? 'dist');
const debugPort = Number(process.env.DEBUG_PORT ?? 9333);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`],
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  console.log(`Lighthouse ${runs} run(s) per page, mobile preset, median shown`);
  console.log('page'.padEnd(26), 'perf', 'a11y', 'best', ' seo', '   LCP ms', '   CLS', '  TBT ms', '    KB');
  for (const path of pages) {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${origin}${path}`, { port: debugPort, output: 'json', logLevel: 'error' }, undefined);
      results.push(result!.lhr);
    }
    const score = (cat: string) => median(results.map((r) => Math.round((r.categories[cat]?.score ?? 0) * 100)));
    const audit = (id: string) => median(results.map((r) => r.audits[id]?.numericValue ?? NaN));
    console.log(
      path.padEnd(26),
      String(score('performance')).padStart(4),
      String(score('accessibility')).padStart(4),
      String(score('best-practices')).padStart(4),
      String(score('seo')).padStart(4),
      audit('largest-contentful-paint').toFixed(0).padStart(9),
      audit('cumulative-layout-shift').toFixed(3).padStart(6),
      audit('total-blocking-time').toFixed(0).padStart(8),
      (audit('total-byte-weight') / 1024).toFixed(0).padStart(6),
    );
    // Name every accessibility audit that did not pass, with the first elements it found.
    const last = results[results.length - 1];
    for (const ref of last.categories.accessibility?.auditRefs ?? []) {
      const a = last.audits[ref.id];
      if (a?.score === null || a?.score === undefined || a.score >= 1) continue;
      const items = ((a.details as { items?: { node?: { snippet?: string; explanation?: string } }[] })?.items ?? []).slice(0, 3);
      console.log(
        `  accessibility: ${ref.id} (${a.title}): ${items.map((i) => `${i.node?.snippet ?? ''} ${(i.node?.explanation ?? '').replace(/\s+/g, ' ')}`).join(' ')}`,
      );
    }
  }

  // Scrolling through the graphics with the CPU slowed 4x: the longest task.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}/chapters/patriarchy/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 120) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(50);
  }
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const longest = tasks.length ? Math.max(...tasks) : 0;
  console.log(`\nScroll through /chapters/patriarchy/ at 4x CPU slowdown: ${tasks.length} tasks over 50 ms; longest ${longest.toFixed(0)} ms.`);
} finally {
  await browser.close();
  server.stop();
}
