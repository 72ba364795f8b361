/**
 * npm run handouts: prints every chapter (both languages) and every classroom guide to
 * PDF as Chromium would for a teacher (A4 and Letter), and reports the page counts.
 * Needs a build (npm run build) and Chromium.
 */
import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { startPreview } from './preview.ts';

const PORT = 4332;
const server = await startPreview(PORT, 'dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const slugs = readdirSync('content/chapters/en')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => f.replace(/\.mdx$/, '').replace(/^\d+-/, ''));
try {
  const page = await browser.newPage();
  console.log('handout'.padEnd(36), 'A4'.padStart(4), 'Letter'.padStart(7));
  for (const kind of ['chapters', 'classroom']) {
    for (const prefix of ['', '/ur']) {
      for (const slug of slugs) {
        const path = `${prefix}/${kind}/${slug}/`;
        await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
        await page.emulateMedia({ media: 'print' });
        const counts = [];
        for (const format of ['A4', 'Letter'] as const) {
          const pdf = await page.pdf({ format });
          counts.push((await getDocument({ data: new Uint8Array(pdf) }).promise).numPages);
        }
        console.log(path.padEnd(36), String(counts[0]).padStart(4), String(counts[1]).padStart(7));
      }
    }
  }
} finally {
  await browser.close();
  server.stop();
}
