import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kilobytes, packItems, packPdfPath, patchPackLinks } from '../../src/lib/teachingPack.ts';
import { makeTeachingPack } from '../../tools/teaching-pack.ts';

const LINK = '<a class="pack-link" href="/ur/classroom/law/" data-pack-pdf="ur/pack/law-guide.pdf" data-pack-text="PDF, {kb} KB">Print view</a>';

describe('the teaching pack', () => {
  it('keeps each language in its own folder, a chapter and a guide per slug', () => {
    expect(packPdfPath('en', 'law', 'chapter')).toBe('pack/law-chapter.pdf');
    expect(packPdfPath('ur', 'law', 'guide')).toBe('ur/pack/law-guide.pdf');
    expect(packItems(['origins', 'law'], ['en', 'ur']).map((i) => `${i.page} -> ${i.pdf}`)).toEqual([
      '/chapters/origins/ -> pack/origins-chapter.pdf',
      '/classroom/origins/ -> pack/origins-guide.pdf',
      '/chapters/law/ -> pack/law-chapter.pdf',
      '/classroom/law/ -> pack/law-guide.pdf',
      '/ur/chapters/origins/ -> ur/pack/origins-chapter.pdf',
      '/ur/classroom/origins/ -> ur/pack/origins-guide.pdf',
      '/ur/chapters/law/ -> ur/pack/law-chapter.pdf',
      '/ur/classroom/law/ -> ur/pack/law-guide.pdf',
    ]);
  });

  it('gives sizes in whole kilobytes with Western digits, never 0', () => {
    expect(kilobytes(100)).toBe('1');
    expect(kilobytes(320_000)).toBe('313');
    expect(kilobytes(1_300_000)).toBe('1,270');
  });

  it('points a pack link at its PDF, with its size, once the PDF exists, under the base path', () => {
    const { html, patched } = patchPackLinks(`<p>${LINK}</p>`, new Map([['ur/pack/law-guide.pdf', 320_000]]), '/sub/');
    expect(patched).toBe(1);
    expect(html).toBe(
      '<p><a class="pack-link" href="/sub/ur/pack/law-guide.pdf" data-pack-pdf="ur/pack/law-guide.pdf" data-pack-text="PDF, {kb} KB" data-pack-made>PDF, 313 KB</a></p>',
    );
    // A second run (new sizes) rewrites the same link again.
    expect(patchPackLinks(html, new Map([['ur/pack/law-guide.pdf', 2048]]), '/sub/').html).toContain('data-pack-made>PDF, 2 KB</a>');
  });

  it('leaves the print view when the PDF was not made', () => {
    expect(patchPackLinks(LINK, new Map([['pack/law-guide.pdf', 1000]]), '/')).toEqual({ html: LINK, patched: 0 });
  });
});

describe('makeTeachingPack without Chromium', () => {
  const saved = process.env.CHROMIUM_PATH;
  const dirs: string[] = [];
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });

  it('makes nothing, does not throw, and says why in one line', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    dirs.push(dir);
    const pack = await makeTeachingPack(dir, '/');
    expect(pack.made).toEqual([]);
    expect(pack.skipped).toMatch(/no Chromium at \/nonexistent\/chromium/);
    expect(pack.skipped).not.toContain('\n');
  });
});
