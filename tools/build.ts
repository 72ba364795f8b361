/**
 * The whole build, in order: check the content (one line per problem, naming the file
 * and the field), subset the Urdu font, build with Astro, print the teaching pack (PDFs,
 * when Chromium is there), index with Pagefind, write the service worker for offline reading. If any step
 * fails, the output folder is removed, so a bad input never leaves a half-built site.
 *   BASE_PATH=/sub/ OUT_DIR=dist-sub npm run build   builds for a sub-path
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { freshnessFromEnv } from '../src/lib/freshness.ts';
import { formatProblem, validateContent } from '../src/lib/validateContent.ts';
import { outdatedWarnings, siteTranslationStatus } from '../src/lib/siteTranslationStatus.ts';
import { makeTeachingPack } from './teaching-pack.ts';

const outDir = process.env.OUT_DIR || 'dist';
const started = performance.now();

function fail(message: string): never {
  rmSync(outDir, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) fail(`Build failed at: ${command} ${args.join(' ')}. Nothing was published to ${outDir}/.`);
}

const { problems } = validateContent(process.cwd(), freshnessFromEnv(process.env));
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  fail(`Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}. Nothing was built.`);
}

// Outdated translations still build (their readers get the older text), but say so.
for (const warning of outdatedWarnings(siteTranslationStatus(process.cwd()))) console.warn(warning);

run('node', ['tools/subset-urdu-font.ts']);
run('astro', ['build']);
// The teaching pack prints from the built pages and then points their pack links at the
// PDFs, so it runs before the search index and the service worker read the final pages.
const packStarted = performance.now();
const pack = await makeTeachingPack(outDir, process.env.BASE_PATH || '/');
const packSeconds = ((performance.now() - packStarted) / 1000).toFixed(1);
console.log(pack.skipped ?? `Teaching pack: ${pack.made.length} PDFs in ${outDir}/pack/ and ${outDir}/ur/pack/ in ${packSeconds} s (npm run teaching-pack lists their sizes)`);
for (const f of pack.failed ?? []) console.warn(`Teaching pack: not made, the page's print view is linked instead: ${f}`);
run('pagefind', ['--site', outDir, '--silent']);
run('node', ['tools/build-sw.ts', outDir]);
run('node', ['tools/build-headers.ts', outDir]);
console.log(`Built ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
