/**
 * The site's Astro integration: what `astro build` needs beyond Astro, so that it alone
 * produces a complete dist/ (npm run build adds only the clean-up if Astro itself fails).
 *   before the build (and the dev server): check the content, one line per problem naming
 *     the file and the field, and stop before anything is written; warn about outdated
 *     translations; subset the Urdu font to the characters the text uses;
 *   after the build: print the teaching pack (each chapter and guide as a PDF, when Chromium
 *     is there; TEACHING_PACK=off skips it), index the pages with Pagefind, write the service
 *     worker, and write the host header files. If a step fails, the output folder is removed.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { freshnessFromEnv } from '../src/lib/freshness.ts';
import { outdatedWarnings, siteTranslationStatus } from '../src/lib/siteTranslationStatus.ts';
import { formatProblem, validateContent } from '../src/lib/validateContent.ts';
import { buildHostHeaders } from './build-headers.ts';
import { buildServiceWorker } from './build-sw.ts';
import { subsetUrduFont } from './subset-urdu-font.ts';
import { makeTeachingPack } from './teaching-pack.ts';

/** The PDFs first: they rewrite the pack links, which the index and the service worker then read. */
async function printTeachingPack(dist: string, base: string): Promise<string[]> {
  if (process.env.TEACHING_PACK === 'off') return ['Teaching pack: skipped (TEACHING_PACK=off); its links open the print view'];
  const started = performance.now();
  const pack = await makeTeachingPack(dist, base);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return [
    pack.skipped ?? `Teaching pack: ${pack.made.length} PDFs in ${seconds} s (npm run teaching-pack lists their sizes)`,
    ...(pack.failed ?? []).map((f) => `Teaching pack: not made, the page's print view is linked instead: ${f}`),
  ];
}

async function indexForSearch(dist: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return `Search index: ${added.page_count} pages`;
}

export function siteBuild(): AstroIntegration {
  let root = process.cwd();
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'site-build',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        // astro check, astro preview and Vitest (through getViteConfig) build nothing.
        if ((command !== 'build' && command !== 'dev') || process.env.VITEST) return;
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        base = config.base.replace(/\/?$/, '/');
        const { problems } = validateContent(root, freshnessFromEnv(process.env));
        if (problems.length > 0) {
          for (const p of problems) console.error(formatProblem(p));
          const summary = `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}.`;
          if (command === 'dev') logger.warn(`${summary} The pages that use them may not render.`);
          else {
            rmSync(outDir, { recursive: true, force: true });
            console.error(`${summary} Nothing was built.`);
            process.exit(1);
          }
        }
        // Outdated translations still build (their readers get the older text), but say so.
        for (const warning of outdatedWarnings(siteTranslationStatus(root))) logger.warn(warning);
        logger.info(await subsetUrduFont(root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        try {
          for (const line of await printTeachingPack(dist, base)) logger.info(line);
          logger.info(await indexForSearch(dist));
          logger.info(await buildServiceWorker(dist, base));
          logger.info(buildHostHeaders(dist, base));
        } catch (error) {
          rmSync(outDir, { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
