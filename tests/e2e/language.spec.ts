import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';

const englishChapters = readdirSync('content/chapters/en')
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const slugOf = (file: string) => file.replace(/\.mdx$/, '').replace(/^\d+-/, '');
const firstChapter = `/chapters/${slugOf(englishChapters[0])}/`;

for (const path of ['/', firstChapter, '/sources/', '/search/']) {
  test(`the language switch on ${path} lands on the same page in Urdu and back`, async ({ page }) => {
    await page.goto(path);
    await page.locator('.lang-switch').click();
    await expect(page).toHaveURL(new RegExp(`/ur${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.locator('.lang-switch').click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}

// Every Urdu chapter URL works: a translated chapter shows Urdu text; an untranslated one
// shows a notice in Urdu, then the English text, kept out of the Urdu search index.
for (const file of englishChapters) {
  const translated = existsSync(`content/chapters/ur/${file}`);
  test(`/ur/chapters/${slugOf(file)}/ ${translated ? 'shows the Urdu translation' : 'falls back to English with an Urdu notice'}`, async ({ page }) => {
    const response = await page.goto(`/ur/chapters/${slugOf(file)}/`);
    expect(response?.status()).toBe(200);
    const article = page.locator('article.chapter');
    const notice = page.locator('[data-fallback-notice]');
    if (translated) {
      await expect(article).toHaveAttribute('lang', 'ur');
      await expect(notice).toHaveCount(0);
      await expect(page.locator('main')).toHaveAttribute('data-pagefind-body', '');
    } else {
      await expect(notice).toHaveAttribute('lang', 'ur');
      await expect(notice).toContainText('اردو ترجمہ');
      await expect(article).toHaveAttribute('lang', 'en');
      await expect(article).toHaveAttribute('dir', 'ltr');
      await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body', /.*/);
    }
  });
}
