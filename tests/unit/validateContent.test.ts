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

/** The day the fixture's `checked` dates are judged against, so the tests do not age. */
const TODAY = '2026-12-01';

function problemLines(root: string, today = TODAY): string[] {
  return validateContent(root, { today }).problems.map(formatProblem);
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
    expect(problemLines(root)).toEqual(['content/chapters/en/01-origins.mdx: <Cite id="geo-2099-nothing">: unknown source id (not in content/sources.yaml)']);
  });

  it('rejects a data row whose number is malformed', () => {
    const root = fixtureWith('content/data/public-harassment.csv', (t) => t.replace(',93,', ',9x3,'));
    expect(problemLines(root)).toEqual(['content/data/public-harassment.csv: row 1.value: must be a plain number such as 3445 or 33.48 (no commas, no words)']);
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

describe('dates that go stale', () => {
  it('fails on a penalty last checked more than 12 months ago, naming the file and the field', () => {
    expect(problemLines(GOOD, '2027-12-02')).toEqual([
      'content/allegations.yaml: entry halima-rafiq-mcc.checked: last checked 2026-12-01, more than 12 months before 2027-12-02: check it against the sources again and update the date',
      'content/figures.yaml: entry peca-s24-max-prison.checked: last checked 2026-12-01, more than 12 months before 2027-12-02: check it against the sources again and update the date',
      'content/helplines.yaml: entry police-emergency.checked: last checked 2026-12-01, more than 12 months before 2027-12-02: check it against the sources again and update the date',
    ]);
  });

  it('accepts a check exactly 12 months old', () => expect(problemLines(GOOD, '2027-12-01')).toEqual([]));

  it('takes a shorter age limit when one is set', () => {
    const lines = validateContent(GOOD, { today: '2027-01-02', maxAgeMonths: 1 }).problems.map(formatProblem);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('more than 1 months before 2027-01-02');
  });

  it('requires a checked date on every penalty', () => {
    const root = fixtureWith('content/figures.yaml', (t) => t.replace('  penalty: true\n  checked: "2026-12-01"\n', '  penalty: true\n'));
    expect(problemLines(root)).toEqual(['content/figures.yaml: entry peca-s24-max-prison.checked: a penalty must say when it was last checked (YYYY-MM-DD)']);
  });

  it('requires a checked date on every case status', () => {
    const root = fixtureWith('content/allegations.yaml', (t) => t.replace('  checked: "2026-12-01"\n', ''));
    expect(problemLines(root)).toEqual(['content/allegations.yaml: entry halima-rafiq-mcc.checked: is required']);
  });

  it('requires a checked date on every help line', () => {
    const root = fixtureWith('content/helplines.yaml', (t) => t.replace('  checked: "2026-12-01"\n', ''));
    expect(problemLines(root)).toEqual(['content/helplines.yaml: entry police-emergency.checked: is required']);
  });

  it('fails a data file whose checked column has an empty cell', () => {
    const root = fixtureWith('content/data/public-harassment.csv', (t) =>
      t.replace('confidence,notes\n', 'confidence,notes,checked\n').replace('Quoted claim', 'Quoted claim,'),
    );
    expect(problemLines(root)).toEqual(['content/data/public-harassment.csv: row 1.checked: must be the full date (YYYY-MM-DD) this row was last checked']);
  });

  it('dates every row of a data file with a checked column', () => {
    const root = fixtureWith('content/data/public-harassment.csv', (t) =>
      t.replace('confidence,notes\n', 'confidence,notes,checked\n').replace('Quoted claim', 'Quoted claim,2025-01-01'),
    );
    expect(problemLines(root)).toEqual([
      'content/data/public-harassment.csv: row 1.checked: last checked 2025-01-01, more than 12 months before 2026-12-01: check it against the sources again and update the date',
    ]);
  });
});

describe('the register of allegations', () => {
  it('rejects an entry that gives neither the response of the accused nor that none was found', () => {
    const root = fixtureWith('content/allegations.yaml', (t) => t.replace('  no_public_response: true\n', ''));
    expect(problemLines(root)).toEqual([
      "content/allegations.yaml: entry halima-rafiq-mcc.denial: give the accused person's public response in `denial`, or set `no_public_response: true` when none was found (one of the two, not both)",
    ]);
  });

  it('rejects an entry that gives both a response and that none was found', () => {
    const root = fixtureWith('content/allegations.yaml', (t) =>
      t.replace('  no_public_response: true\n', '  no_public_response: true\n  denial: They denied it.\n'),
    );
    expect(problemLines(root)).toHaveLength(1);
  });

  it('keeps a finding apart from a response, with who found what and when', () => {
    const root = fixtureWith('content/allegations.yaml', (t) => t.replace('    result: cleared the officials\n', ''));
    expect(problemLines(root)).toEqual(['content/allegations.yaml: entry halima-rafiq-mcc.finding.result: is required']);
  });

  it('keeps phone numbers out of the figure registry: they live in the help-line registry', () => {
    const root = fixtureWith('content/figures.yaml', (t) => t.replace('  value: 3\n  unit: years', '  value: "1799"\n  unit: phone'));
    expect(problemLines(root)[0]).toMatch(/^content\/figures\.yaml: entry peca-s24-max-prison\.unit: /);
  });

  it('rejects a help line an MDX file names that the registry does not hold', () => {
    const root = fixtureWith('content/pages/en/help.mdx', (t) => `${t}\n<Helpline id="nowhere" />\n`);
    expect(problemLines(root)).toEqual(['content/pages/en/help.mdx: <Helpline id="nowhere">: unknown help line (not in content/helplines.yaml)']);
  });
});

describe('the build', () => {
  it('stops before Astro builds on bad content, prints the problem, and leaves no half-built site', () => {
    const root = fixtureWith('content/chapters/en/01-origins.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    // The fixture is built as the site is: by Astro, with the site's integration.
    const integration = JSON.stringify(resolve('tools/site-integration.ts'));
    writeFileSync(join(root, 'astro.config.mjs'), `import { siteBuild } from ${integration};\nexport default { integrations: [siteBuild()] };\n`);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), 'old');
    // Outside Vitest, as a reader of the README would run it (the integration skips its work inside Vitest).
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
    const result = spawnSync(process.execPath, [resolve('tools/build.ts')], { cwd: root, encoding: 'utf8', env: { ...env, CONTENT_TODAY: TODAY } });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('content/chapters/en/01-origins.mdx: title: is required');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 60_000);
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
  checked: "2026-12-01"
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
    const dir = fixtureWith(
      'content/guides/en/09-none.mdx',
      () => `---
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
`,
    );
    expect(problemLines(dir)).toEqual(['content/guides/en/09-none.mdx: file name: no English chapter "09-none.mdx": a guide takes its chapter\'s file name']);
  });
});
