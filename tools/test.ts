/**
 * Every test, in two lanes that share the machine's cores (npm test):
 *   lane 1: build dist/ (without the PDFs) → page budget → HTML check → link check → Playwright
 *   lane 2: unit tests → translation check → ESLint and Prettier → type check → build under a sub-path, with the
 *           teaching pack's PDFs → its links → the pack's tests
 *           → a build with translations missing, and the fallback tests on it
 * The type check and the sub-path build start only after dist/ is built, because Astro
 * writes its generated types and content store in .astro/ while it builds.
 * A step's output is printed whole when it ends (Playwright's as it runs), so the lanes do
 * not interleave. The first failure stops everything and names the step.
 */
import { spawn, type ChildProcess } from 'node:child_process';

type Step = { name: string; command: string; stream?: boolean };

const npm = (script: string): string => `npm run --silent ${script}`;
const LANE_1: Step[] = [
  // The teaching pack is printed in lane 2, by the sub-path build; here its links open the print view.
  { name: 'build', command: `TEACHING_PACK=off ${npm('build')}` },
  { name: 'page budget', command: npm('budget') },
  { name: 'HTML check', command: npm('check:html') },
  { name: 'link check', command: npm('check:links') },
  { name: 'end-to-end tests', command: 'playwright test', stream: true },
];
const LANE_2_BEFORE_BUILD: Step[] = [
  { name: 'unit tests', command: npm('test:unit') },
  { name: 'translation check', command: npm('i18n:check') },
  { name: 'lint and format', command: npm('lint') },
];
const LANE_2_AFTER_BUILD: Step[] = [
  { name: 'type check', command: npm('check') },
  { name: 'sub-path build', command: npm('build:subpath') },
  { name: 'sub-path link check', command: 'node tools/check-links.ts dist-subpath /metoo-pakistan/' },
  { name: 'teaching pack tests', command: 'playwright test -c playwright.pack.config.ts' },
  { name: 'fallback build and tests', command: 'playwright test -c playwright.fallback.config.ts' },
];

const running = new Set<ChildProcess>();
const times: [string, number][] = [];
const started = performance.now();

// SIGINT, as Ctrl-C would: Playwright then stops the preview server it started (its own
// process group, which a SIGTERM to Playwright would leave running on the port).
function stopAll(): void {
  for (const child of running) if (child.pid) process.kill(-child.pid, 'SIGINT');
}

function run(step: Step): Promise<void> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(step.command, { shell: true, detached: true, stdio: step.stream ? 'inherit' : 'pipe' });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('exit', (code) => {
      running.delete(child);
      const seconds = (performance.now() - t0) / 1000;
      times.push([step.name, seconds]);
      if (output) process.stdout.write(`\n── ${step.name} (${seconds.toFixed(1)} s)\n${output}`);
      if (code !== 0) {
        console.error(`\nTests failed at: ${step.name} (${step.command}), exit code ${code}.`);
        stopAll();
        process.exit(1);
      }
      resolve();
    });
  });
}

async function inOrder(steps: Step[]): Promise<void> {
  for (const step of steps) await run(step);
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

const build = run(LANE_1[0]);
await Promise.all([
  build.then(() => inOrder(LANE_1.slice(1))),
  inOrder(LANE_2_BEFORE_BUILD).then(async () => {
    await build;
    await inOrder(LANE_2_AFTER_BUILD);
  }),
]);

console.log('\nStep times (the two lanes run side by side):');
for (const [name, seconds] of times) console.log(`  ${name.padEnd(20)} ${seconds.toFixed(1).padStart(6)} s`);
console.log(`All tests passed in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
