/**
 * npm run build: `astro build`, which with the site's integration (tools/site-integration.ts)
 * checks the content, subsets the Urdu font, builds, indexes for search and writes the
 * service worker and host headers. If Astro fails part-way, the output folder is removed,
 * so a bad input never leaves a half-built site.
 *   BASE_PATH=/sub/ OUT_DIR=dist-sub npm run build   builds for a sub-path
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const outDir = process.env.OUT_DIR || 'dist';
const astro = fileURLToPath(new URL('../node_modules/.bin/astro', import.meta.url));
const started = performance.now();
const result = spawnSync(astro, ['build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`Build failed. Nothing was published to ${outDir}/.`);
  process.exit(1);
}
console.log(`Built ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
