import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';

// Every link on the pack page works whether or not the build could print the PDFs: to the
// PDF when it was made, otherwise to the page itself, which prints from the browser.
// (npm test builds dist/ without them; tests/pack/ checks the PDFs on the sub-path build.)
for (const prefix of ['', '/ur']) {
  test(`${prefix}/classroom/pack/ links each entry to its PDF, or to the page when there is none`, async ({ page, request }) => {
    await page.goto(`${prefix}/classroom/pack/`);
    const links = page.locator('a.pack-link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      const pdf = (await link.getAttribute('data-pack-pdf'))!;
      const href = (await link.getAttribute('href'))!;
      if (existsSync(`dist/${pdf}`)) expect(href).toBe(`/${pdf}`);
      else expect(href).not.toMatch(/\.pdf$/);
      expect((await request.get(href)).ok(), href).toBe(true);
    }
  });
}
