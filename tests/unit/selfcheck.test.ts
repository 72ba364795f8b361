import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { formatProblem, validateContent } from '../../src/lib/validateContent.ts';
import { selfcheckSchema } from '../../src/lib/schemas.ts';
import { readYamlFolder } from '../../src/lib/contentFiles.ts';
import { selfcheckTranslationProblems } from '../../src/lib/selfcheck.ts';
import { siteTranslationStatus } from '../../src/lib/siteTranslationStatus.ts';

const GOOD = resolve('tests/fixtures/good');
const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

const QUESTIONS = `questions:
  - question: "What does a helpline's count measure?"
    choices: ["How common abuse is.", "How many people reached the helpline."]
    answer: 2
    explanation: "A helpline counts the people who got through to it."
  - question: "Is a charge a conviction?"
    choices: ["Yes.", "No."]
    answer: 2
    explanation: "A charge is an accusation; a conviction is a court's finding of guilt."
  - question: "Is silence consent?"
    choices: ["No.", "Yes."]
    answer: 1
    explanation: "Consent is a yes freely given."
`;

/** The good fixture plus one self-check file. */
function withSelfcheck(locale: string, text: string, name = '01-origins'): string {
  const dir = mkdtempSync(join(tmpdir(), 'selfcheck-'));
  made.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  mkdirSync(join(dir, 'content/selfcheck', locale), { recursive: true });
  writeFileSync(join(dir, 'content/selfcheck', locale, `${name}.yaml`), text);
  return dir;
}
const problems = (root: string) => validateContent(root, { today: '2026-12-01' }).problems.map(formatProblem);

describe('the self-check schema', () => {
  it('accepts a chapter self-check whose answers are among its choices', () => {
    expect(problems(withSelfcheck('en', QUESTIONS))).toEqual([]);
  });

  it('rejects an answer number past the last choice, in one line naming the file and field', () => {
    const root = withSelfcheck('en', QUESTIONS.replace('answer: 1', 'answer: 3'));
    expect(problems(root)).toEqual([
      'content/selfcheck/en/01-origins.yaml: questions.2.answer: is 3, but the question has 2 choices: give the number of the right one, from 1 to 2',
    ]);
  });

  it('rejects an answer of 0 (answers count from 1)', () => {
    const result = selfcheckSchema.safeParse(parse(QUESTIONS.replace('answer: 1', 'answer: 0')));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['questions.2.answer']);
  });

  it('rejects fewer than three questions', () => {
    const two = QUESTIONS.split('\n  - question').slice(0, 3).join('\n  - question');
    expect(problems(withSelfcheck('en', two))[0]).toMatch(/^content\/selfcheck\/en\/01-origins\.yaml: questions: /);
  });

  it('requires a translation to say whether it is a draft', () => {
    const dir = withSelfcheck('en', QUESTIONS);
    mkdirSync(join(dir, 'content/selfcheck/ur'), { recursive: true });
    writeFileSync(join(dir, 'content/selfcheck/ur/01-origins.yaml'), QUESTIONS);
    expect(problems(dir)).toEqual(['content/selfcheck/ur/01-origins.yaml: status: is required for a translation (draft or reviewed)']);
  });

  it('rejects a self-check for a chapter that does not exist', () => {
    expect(problems(withSelfcheck('en', QUESTIONS, '09-none'))).toEqual([
      'content/selfcheck/en/09-none.yaml: file name: no English chapter "09-none.mdx": a self-check takes its chapter\'s file name',
    ]);
  });

  it('checks typed figures in the questions against the registry, as in a chapter', () => {
    const root = withSelfcheck('en', QUESTIONS.replace('Is silence consent?', 'Did 47% of women agree?'));
    expect(problems(root)).toEqual([
      'content/selfcheck/en/01-origins.yaml: figure "47%": is not in content/figures.yaml: quote only registered figures, or use <Fig id="…" />',
    ]);
  });
});

describe('a translated self-check', () => {
  const en = { path: 'content/selfcheck/en/01-origins.yaml', frontmatter: parse(QUESTIONS) };
  const tr = (text: string) => ({ path: 'content/selfcheck/ur/01-origins.yaml', frontmatter: parse(text) });

  it('passes when it asks the same questions with the same answers', () => {
    expect(selfcheckTranslationProblems(en, tr(QUESTIONS))).toEqual([]);
  });

  it('is refused when it moves the right answer', () => {
    expect(selfcheckTranslationProblems(en, tr(QUESTIONS.replace('answer: 1', 'answer: 2')))).toEqual([
      {
        file: 'content/selfcheck/ur/01-origins.yaml',
        field: 'questions.2.answer',
        message: 'is 2, the English answer is 1: keep the choices in the English order',
      },
    ]);
  });

  it('is refused when it drops a question', () => {
    const two = QUESTIONS.split('\n  - question').slice(0, 3).join('\n  - question');
    expect(selfcheckTranslationProblems(en, tr(two))[0].message).toMatch(/has 2 questions, .* has 3/);
  });

  it('shows in the translation status like a chapter', () => {
    const dir = withSelfcheck('en', QUESTIONS);
    const rows = siteTranslationStatus(dir).filter((r) => r.kind === 'selfcheck');
    expect(rows.map((r) => [r.name, r.locale, r.state])).toEqual([['01-origins', 'ur', 'missing']]);
  });
});

describe("the site's self-checks", () => {
  const files = readYamlFolder(process.cwd(), 'content/selfcheck');
  const chapters = readdirSync('content/chapters/en').map((f) => f.replace(/\.mdx$/, ''));

  it('every English chapter has one, in English and in Urdu', () => {
    for (const locale of ['en', 'ur']) expect(files.filter((f) => f.locale === locale).map((f) => f.name)).toEqual(chapters);
  });

  it('the Urdu files are marked as drafts until a fluent reader reviews them', () => {
    for (const f of files.filter((f) => f.locale === 'ur')) expect((f.frontmatter as { status: string }).status, f.path).toBe('draft');
  });

  it('no Urdu question keeps English text to translate', () => {
    for (const f of files.filter((f) => f.locale === 'ur')) {
      const text = readFileSync(join(process.cwd(), f.path), 'utf8');
      expect(text.match(/^\s+(question|explanation): "[A-Za-z]/m), f.path).toBeNull();
    }
  });
});
