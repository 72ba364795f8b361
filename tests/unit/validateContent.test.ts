import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { formatProblem, validateContent } from '../../src/lib/validateContent.ts';

const GOOD = resolve('tests/fixtures/good');
const made: string[] = [];

/** A copy of the good fixture with one file changed by `edit`. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  return dir;
}

function problemLines(root: string): string[] {
  return validateContent(root).problems.map(formatProblem);
}

afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

describe('the content check', () => {
  it('passes the good fixture', () => expect(problemLines(GOOD)).toEqual([]));

  it('names the file and field when a chapter has no title', () => {
    const root = fixtureWith('content/chapters/en/01-origins.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    expect(problemLines(root)).toEqual(['content/chapters/en/01-origins.mdx: title: is required']);
  });

  it('names the file and field when frontmatter is malformed', () => {
    const root = fixtureWith('content/chapters/en/01-origins.mdx', (t) => t.replace('order: 1', 'order: first'));
    expect(problemLines(root)).toEqual(['content/chapters/en/01-origins.mdx: order: Invalid input: expected number, received string']);
  });

  it('rejects a citation of an unknown source', () => {
    const root = fixtureWith('content/chapters/en/01-origins.mdx', (t) => t.replace('geo-2018-zainab', 'geo-2099-nothing'));
    expect(problemLines(root)).toEqual([
      'content/chapters/en/01-origins.mdx: <Cite id="geo-2099-nothing">: unknown source id (not in content/sources.yaml)',
    ]);
  });

  it('rejects a data row whose number is malformed', () => {
    const root = fixtureWith('content/data/public-harassment.csv', (t) => t.replace(',93,', ',9x3,'));
    expect(problemLines(root)).toEqual([
      'content/data/public-harassment.csv: row 1.value: must be a plain number such as 3445 or 33.48 (no commas, no words)',
    ]);
  });

  it('rejects a data row with a missing value', () => {
    const root = fixtureWith('content/data/public-harassment.csv', (t) => t.replace(',93,', ',,'));
    expect(problemLines(root)[0]).toMatch(/^content\/data\/public-harassment\.csv: row 1\.value: /);
  });

  it('rejects a data row citing an unknown source', () => {
    const root = fixtureWith('content/data/public-harassment.csv', (t) => t.replace('tribune-2017-93-percent,Women', 'nobody-2017,Women'));
    expect(problemLines(root)).toEqual(['content/data/public-harassment.csv: row 1.source_id: unknown source id "nobody-2017" (not in content/sources.yaml)']);
  });

  it('rejects a translation with no English source', () => {
    const dir = fixtureWith('content/chapters/ur/01-origins.mdx', (t) => t);
    mkdirSync(join(dir, 'content/chapters/ur'), { recursive: true });
    cpSync(join(dir, 'content/chapters/ur/01-origins.mdx'), join(dir, 'content/chapters/ur/09-orphan.mdx'));
    expect(problemLines(dir)).toEqual([
      'content/chapters/ur/09-orphan.mdx: file name: no English chapter "09-orphan.mdx" to translate: translations use the English file name',
    ]);
  });

  it('rejects a figure that points at an unknown source', () => {
    const root = fixtureWith('content/figures.yaml', (t) => t.replace('source: geo-2018-zainab', 'source: geo-2018-missing'));
    expect(problemLines(root)).toEqual(['content/figures.yaml: entry zainab-missing-date.source: unknown source id "geo-2018-missing"']);
  });

  it('rejects an unknown field in a registry entry', () => {
    const root = fixtureWith('content/sources.yaml', (t) => t.replace('  facts: [F4]', '  facts: [F4]\n  colour: red'));
    expect(problemLines(root)).toEqual(['content/sources.yaml: entry tribune-2017-93-percent: unknown field colour']);
  });
});

describe('the build', () => {
  it('stops before Astro on bad content, prints the problem, and leaves no half-built site', () => {
    const root = fixtureWith('content/chapters/en/01-origins.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), 'old');
    const result = spawnSync(process.execPath, [resolve('scripts/build.ts')], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('content/chapters/en/01-origins.mdx: title: is required');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('frontmatter that YAML would cut short', () => {
  it('is reported when a value holds " #" without quotes', () => {
    const root = fixtureWith('content/chapters/en/01-origins.mdx', (t) => t.replace('summary: A chapter used', 'summary: About #MeToo, a chapter used'));
    expect(problemLines(root)).toEqual([
      'content/chapters/en/01-origins.mdx: summary: contains " #", which YAML reads as the start of a comment: put the value in double quotes',
    ]);
  });
});

describe('more bad input', () => {
  it('rejects an unknown key in the register of allegations', () => {
    const root = fixtureWith(
      'content/allegations.yaml',
      () => `- id: test-case
  accused: A
  accusers: B
  allegation: C
  denial: D
  status: E
  as_of: "2022"
  minors: false
  sources: [geo-2018-zainab]
  verdict: guilty
`,
    );
    expect(problemLines(root)).toEqual(['content/allegations.yaml: entry test-case: unknown field verdict']);
  });

  it('rejects a figure typed in a chapter that the registry does not hold', () => {
    const root = fixtureWith('content/chapters/en/01-origins.mdx', (t) => t.replace('was quoted in 2017', 'was quoted by 94% of people in 2017'));
    expect(problemLines(root)).toEqual([
      'content/chapters/en/01-origins.mdx: figure "94%": is not in content/figures.yaml: quote only registered figures, or use <Fig id="…" />',
    ]);
  });

  it('rejects a classroom guide without a chapter of the same name', () => {
    const dir = fixtureWith('content/guides/en/09-none.mdx', () => `---
title: A guide
summary: A guide.
goals: [a, b]
keyTerms: [defamation]
questions: [a, b, c, d]
time: one lesson
ages: 16 and over
lastUpdated: "2026-11-25"
---

Text.
`);
    expect(problemLines(dir)).toEqual(['content/guides/en/09-none.mdx: file name: no English chapter "09-none.mdx": a guide takes its chapter\'s file name']);
  });
});
