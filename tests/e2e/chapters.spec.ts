import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

const files = readdirSync('content/chapters/en')
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const slug = (f: string) => f.replace(/\.mdx$/, '').replace(/^\d+-/, '');

for (const file of files) {
  for (const prefix of ['', '/ur']) {
    const path = `${prefix}/chapters/${slug(file)}/`;
    test(`${path} renders its sections, citations that reach their sources, and the help link`, async ({ page }) => {
      await page.goto(path);
      const headings = page.locator('.prose h2[id]');
      expect(await headings.count()).toBeGreaterThanOrEqual(3);
      const targets = await page.locator('a.cite').evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
      expect(targets.length).toBeGreaterThanOrEqual(5);
      for (const id of new Set(targets)) await expect(page.locator(`.source-list li[id="${id}"]`)).toHaveCount(1);
      await expect(page.locator('.content-note a[href$="/help/"]')).toHaveCount(1);
      const source = readFileSync(`content/chapters/${prefix ? 'ur' : 'en'}/${file}`, 'utf8');
      // WHO guidance: wherever a death by suicide is mentioned, the help page is linked in the same paragraph.
      const suicide = page.locator('.prose p').filter({ hasText: /suicide|خودکشی/i });
      if (/suicide|خودکشی/i.test(source.replace(/^---[\s\S]*?---/, ''))) expect(await suicide.count()).toBeGreaterThan(0);
      for (const p of await suicide.all()) await expect(p.locator('a[href$="/help/"]')).toHaveCount(1);
      const contents = await page
        .locator('.chapter-contents a')
        .evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
      const ids = await headings.evaluateAll((hs) => hs.map((h) => h.id));
      expect(contents).toEqual(ids);
    });
  }
}
