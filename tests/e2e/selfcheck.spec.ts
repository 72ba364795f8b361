import { expect, test } from '@playwright/test';

// The self-check at the end of each chapter works with JavaScript off: a reader picks an
// answer, opens "Check your answer" and sees the right one with its explanation. Nothing
// is stored or sent.
test.use({ javaScriptEnabled: false });

for (const { path, check } of [
  { path: '/chapters/law/', check: 'Check your answer' },
  { path: '/ur/chapters/law/', check: 'اپنا جواب جانچیے' },
]) {
  test(`${path}: a question opens and shows its answer without JavaScript`, async ({ page }) => {
    await page.goto(path);
    const section = page.locator('[data-selfcheck]');
    const items = section.locator('.selfcheck-item');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);

    const first = items.first();
    const answer = first.locator('.selfcheck-answer');
    await expect(answer.locator('.selfcheck-verdict').first()).toBeHidden();
    await expect(answer.locator('p').last(), 'the explanation is hidden until asked for').toBeHidden();

    // Pick the wrong choice first: opening the answer says so and marks the right one.
    const wrong = first.locator('label:not([data-correct])').first();
    await wrong.click();
    await expect(wrong.locator('input')).toBeChecked();
    await answer.locator('summary', { hasText: check }).click();
    await expect(answer).toHaveAttribute('open', '');
    await expect(answer.locator('[data-verdict="wrong"]')).toBeVisible();
    await expect(answer.locator('[data-verdict="right"]')).toBeHidden();
    const rightText = (await first.locator('label[data-correct]').innerText()).replace(/^\s*\d+\s*/, '').trim();
    await expect(answer).toContainText(rightText);
    expect(await answer.locator('p').last().innerText()).not.toBe('');

    // Then the right one: the verdict follows the pick.
    await first.locator('label[data-correct]').click();
    await expect(answer.locator('[data-verdict="right"]')).toBeVisible();
    await expect(answer.locator('[data-verdict="wrong"]')).toBeHidden();
  });
}

test('every chapter in both languages ends with its questions, each with exactly one right choice', async ({ page }) => {
  for (const prefix of ['', '/ur']) {
    for (const slug of ['origins', 'patriarchy', 'class', 'law', 'backlash', 'online', 'way-forward']) {
      await page.goto(`${prefix}/chapters/${slug}/`);
      const items = page.locator('[data-selfcheck] .selfcheck-item');
      const n = await items.count();
      expect(n, `${prefix}/chapters/${slug}/ has 3 to 5 questions`).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      for (let i = 0; i < n; i++) expect(await items.nth(i).locator('input[data-correct]').count()).toBe(1);
    }
  }
});

test('answering stores nothing and sends nothing', async ({ page }) => {
  const requests: string[] = [];
  await page.goto('/chapters/origins/', { waitUntil: 'networkidle' });
  page.on('request', (r) => requests.push(r.url()));
  const first = page.locator('[data-selfcheck] .selfcheck-item').first();
  await first.locator('label').first().click();
  await first.locator('summary').click();
  await page.waitForLoadState('networkidle');
  // The browser may fetch the page's icon late; nothing else may load.
  expect(requests.filter((url) => !url.endsWith('/favicon.svg'))).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
  // The picks live only in the page: the form has no action to send them to.
  expect(await page.locator('.selfcheck-form').getAttribute('action')).toBeNull();
});

test('the classroom guide lists the answers as a key for the teacher', async ({ page }) => {
  await page.goto('/classroom/law/');
  const key = page.locator('.selfcheck-key');
  await expect(key.locator('h2')).toHaveText('Self-check answers');
  expect(await key.locator('.selfcheck-key-list > li').count()).toBeGreaterThanOrEqual(3);
  await expect(key.locator('a[href$="/chapters/law/#selfcheck"]')).toBeVisible();
});
