import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sourceHash, translationStatus } from '../../src/lib/translationStatus.ts';
import { TRANSLATE_MARKER, checkDictionaries, checkTranslation, scaffoldTranslation, urduLint, usedUiKeys } from '../../src/lib/translationCheck.ts';
import type { GlossaryTerm } from '../../src/lib/schemas.ts';

const english = `---
title: A chapter
summary: One line.
order: 1
contentNote: A note.
keyTerms: [defamation]
lastUpdated: "2026-11-25"
---

## First section

A claim <Cite id="a" />, a figure <Fig id="f" />, and <KeyTerm id="defamation">defamation</KeyTerm> <Cite id="b" />.

<PublicHarassmentGraphic>
  <Step>
    One.
  </Step>
</PublicHarassmentGraphic>
`;
const hash = sourceHash(english);
const fm = (extra: string) => ({ sourceHash: extra, status: 'draft' });
const glossary = new Map<string, GlossaryTerm>([
  ['defamation', { id: 'defamation', en: { term: 'defamation', definition: 'd' }, ur: { term: 'ہتکِ عزت', definition: 'd' } }],
]);
const body = (t: string) => t.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('translation status', () => {
  const files = [
    { name: '01-a', locale: 'en', raw: english, frontmatter: {} },
    { name: '02-b', locale: 'en', raw: english + 'changed', frontmatter: {} },
    { name: '03-c', locale: 'en', raw: english + 'more', frontmatter: {} },
    { name: '01-a', locale: 'ur', raw: '', frontmatter: fm(hash) },
    { name: '02-b', locale: 'ur', raw: '', frontmatter: fm(hash) },
  ];
  it('says up to date, outdated or missing', () =>
    expect(translationStatus('chapter', files, ['ur']).map((r) => [r.name, r.state])).toEqual([
      ['01-a', 'up to date'],
      ['02-b', 'outdated'],
      ['03-c', 'missing'],
    ]));
  it('hashes the English text, not its line endings', () => expect(sourceHash('a\r\nb')).toBe(sourceHash('a\nb')));
});

describe('the scaffold', () => {
  const scaffold = scaffoldTranslation(english, hash);
  it('records the source hash and a draft status', () => {
    const front = parse(scaffold.split('---')[1]);
    expect(front).toMatchObject({ sourceHash: hash, status: 'draft', order: 1, keyTerms: ['defamation'] });
  });
  it('keeps every building block and marks every line of text', () => {
    expect(scaffold).toContain('<PublicHarassmentGraphic>');
    expect(scaffold).toContain('<Cite id="a" />');
    expect(scaffold.split(TRANSLATE_MARKER).length - 1).toBe(3);
  });
  it('is reported by the check until translated', () =>
    expect(
      checkTranslation({ path: 'en', body: body(english) }, { path: 'ur', raw: scaffold, body: body(scaffold) }, glossary).map((p) => p.message),
    ).toContain(`3 blocks still marked ${TRANSLATE_MARKER}`));
});

describe('the translation check', () => {
  const good = english.replace('A claim', 'ایک دعویٰ').replace('<KeyTerm id="defamation">defamation</KeyTerm>', '<KeyTerm id="defamation">ہتکِ عزت</KeyTerm>');
  const check = (ur: string) => checkTranslation({ path: 'en.mdx', body: body(english) }, { path: 'ur.mdx', raw: ur, body: body(ur) }, glossary);
  it('passes a faithful translation', () => expect(check(good)).toEqual([]));
  it('fails when citations are dropped or reordered', () => expect(check(good.replace('<Cite id="a" />', '')).map((p) => p.field)).toContain('<Cite>'));
  it('fails when a key term is not in its glossary Urdu form', () =>
    expect(check(good.replace('ہتکِ عزت</KeyTerm>', 'بدنامی</KeyTerm>'))).toEqual([
      { file: 'ur.mdx', field: '<KeyTerm id="defamation">', message: 'use the glossary\'s Urdu term "ہتکِ عزت" (found "بدنامی")' },
    ]));
  it('accepts the term with or without its diacritics', () => expect(check(good.replace('ہتکِ عزت', 'ہتک عزت'))).toEqual([]));
  it('fails when a step or graphic is missing', () => expect(check(good.replace(/<Step>[\s\S]*?<\/Step>/, '')).map((p) => p.field)).toContain('components'));
});

describe('Urdu lint', () => {
  it('flags Arabic-keyboard letters and Urdu digits', () =>
    expect(urduLint('f', 'كتاب\nسال ۲۰۱۸').map((p) => p.field + ' ' + p.message)).toEqual([
      'line 1 Arabic-keyboard letter: write ک (keheh) instead of ك',
      'line 2 Urdu or Arabic-Indic digits: the site writes numbers with 0-9',
    ]));
});

describe('dictionary completeness', () => {
  it('finds keys used in code, and the strings a graphic definition names', () => {
    expect(usedUiKeys(`t(locale, 'nav.home'); tr('search.title');`).sort()).toEqual(['nav.home', 'search.title']);
    const definition = `export default defineGraphic({ id: 'x', tag: 'XGraphic', data: 'x', states: 2, strings: 'graphic.x', caveat: true, labels: ['a', 'b'] });`;
    expect(usedUiKeys(definition).sort()).toEqual(['graphic.x.a', 'graphic.x.b', 'graphic.x.caveat', 'graphic.x.description', 'graphic.x.title']);
  });
  it('fails on a key used in code but missing in a locale', () =>
    expect(checkDictionaries({ en: { 'a.b': 'A', 'c.d': 'C' }, ur: { 'a.b': 'ا', 'c.d': 'ج' } }, [{ file: 'src/x.astro', key: 'e.f' }])).toEqual([
      { file: 'src/x.astro', field: 'e.f', message: 'is used here but missing from src/i18n/en.ts' },
      { file: 'src/x.astro', field: 'e.f', message: 'is used here but missing from src/i18n/ur.ts' },
    ]));
  it('fails on a missing translation', () =>
    expect(checkDictionaries({ en: { 'a.b': 'A' }, ur: {} }, []).map((p) => `${p.file}: ${p.field}`)).toEqual(['src/i18n/ur.ts: a.b']));
});

describe('the status of the fixture site', () => {
  it('lists a translation that records no source hash as outdated, and the build warns about it', async () => {
    const { outdatedWarnings, siteTranslationStatus } = await import('../../src/lib/siteTranslationStatus.ts');
    const rows = siteTranslationStatus('tests/fixtures/good');
    expect(rows.map((r) => [r.kind, r.name, r.state])).toEqual([
      ['chapter', '01-origins', 'outdated'],
      ['page', 'help', 'missing'],
    ]);
    expect(outdatedWarnings(rows)).toEqual(['Warning: the ur translation of chapter 01-origins is outdated: the English changed since (npm run i18n:status).']);
  });
});

describe('npm run i18n:new', () => {
  it('scaffolds a translation from the English file, and refuses to overwrite one', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, resolve } = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    const root = mkdtempSync(join(tmpdir(), 'i18n-new-'));
    cpSync('tests/fixtures/good', root, { recursive: true });
    rmSync(join(root, 'content/chapters/ur/01-origins.mdx'));
    const run = () =>
      spawnSync(process.execPath, [resolve('tools/i18n-new.ts'), 'ur', 'origins'], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    const created = readFileSync(join(root, 'content/chapters/ur/01-origins.mdx'), 'utf8');
    const english = readFileSync(join(root, 'content/chapters/en/01-origins.mdx'), 'utf8');
    expect(created).toContain(`sourceHash: "${sourceHash(english)}"`);
    expect(created).toContain(TRANSLATE_MARKER);
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already exists');
    rmSync(root, { recursive: true, force: true });
  });
});

describe('one Urdu word for each key term (tests/fixtures/terms)', () => {
  const site = parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryTerm[];
  const terms = new Map(site.map((g) => [g.id, g]));
  const fixture = (name: string) => {
    const raw = readFileSync(`tests/fixtures/terms/${name}.mdx`, 'utf8');
    return { path: `tests/fixtures/terms/${name}.mdx`, raw, body: body(raw) };
  };
  const en = fixture('en');
  it('passes a translation that uses the glossary words, and a name that contains an avoided word', () =>
    expect(checkTranslation(en, fixture('ur-good'), terms)).toEqual([]));
  it('fails a translation that uses other words for rape and modesty, naming each', () => {
    const problems = checkTranslation(en, fixture('ur-other-words'), terms).map((p) => `${p.field}: ${p.message}`);
    expect(problems).toEqual([
      '<KeyTerm id="rape">: use the glossary\'s Urdu term "ریپ" (found "زیادتی")',
      '<KeyTerm id="modesty">: use the glossary\'s Urdu term "حیا" (found "عفت")',
      'line 5: "زیادتی": the glossary\'s term for rape is "ریپ"',
      'line 13: "زیادتی": the glossary\'s term for rape is "ریپ"',
      'line 13: "عفت": the glossary\'s term for modesty is "حیا"',
    ]);
  });
});
