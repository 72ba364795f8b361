/**
 * The real content, checked as an editor would: every chapter is valid, opens with a
 * content note, cites at least five sources that exist, uses only registered figures,
 * and shares no run of 8 words with the seed article; every source in the registry is
 * cited somewhere or says why it is kept.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { collectCitations, componentIds } from '../../src/lib/citations.ts';
import { readMdxFolder } from '../../src/lib/contentFiles.ts';
import { sharedRuns } from '../../src/lib/originality.ts';
import { proseProblems, proseReport } from '../../src/lib/proseQuality.ts';
import { unregisteredFigures } from '../../src/lib/proseFigures.ts';
import { countWords } from '../../src/lib/readingTime.ts';
import { formatProblem, validateContent } from '../../src/lib/validateContent.ts';
import { graphics } from '../../src/graphics/index.ts';

const { problems, index } = validateContent('.');
const chapters = index.chapters;
const english = chapters.filter((c) => c.locale === 'en');
const seed = readdirSync('tests/fixtures/seed')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`tests/fixtures/seed/${f}`, 'utf8'))
  .join('\n');

it('the content folder passes the content check', () => expect(problems.map(formatProblem)).toEqual([]));

it('the English edition has seven chapters', () => expect(english.map((c) => c.name)).toHaveLength(7));

for (const chapter of english) {
  describe(chapter.path, () => {
    const fm = chapter.frontmatter as { contentNote?: string; keyTerms?: string[] };
    it('opens with a content note', () => expect(fm.contentNote?.length ?? 0).toBeGreaterThan(40));
    it('cites at least five sources, all in the registry', () => {
      const cited = collectCitations(chapter.body);
      expect(cited.length).toBeGreaterThanOrEqual(5);
      for (const id of cited) expect(index.sources.has(id), id).toBe(true);
    });
    it('has between 1,200 and 2,500 words', () => {
      const words = countWords(chapter.body);
      expect(words).toBeGreaterThanOrEqual(1200);
      expect(words).toBeLessThanOrEqual(2500);
    });
    it('shares no run of 8 words with the seed article', () => expect(sharedRuns(chapter.body, seed)).toEqual([]));
    it('reads easily on a phone and does not paraphrase the seed (npm run check:prose)', () =>
      expect(proseProblems(proseReport(chapter.raw, index.figures, seed))).toEqual([]));
    it('types only figures that the registry holds', () =>
      expect(unregisteredFigures(chapter.body, [...index.figures.values()]).map((f) => f.text)).toEqual([]));
    it('marks each key term at most once, and lists the ones it marks', () => {
      const marked = componentIds(chapter.body, 'KeyTerm');
      expect(new Set(marked).size).toBe(marked.length);
      for (const id of marked) expect(fm.keyTerms ?? [], id).toContain(id);
    });
    it('links the help page where it mentions suicide', () => {
      if (/suicide/i.test(chapter.body)) expect(chapter.body).toMatch(/\.\.\/\.\.\/help\//);
    });
  });
}

it('every graphic used in a chapter has as many steps as it has states', () => {
  for (const chapter of chapters) {
    for (const { tag, states } of graphics.values()) {
      const re = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>|<${tag}\\s*/>`, 'g');
      for (const m of chapter.body.matchAll(re)) {
        const steps = (m[1] ?? '').match(/<Step>/g)?.length ?? 0;
        expect(steps, `${chapter.path} ${tag}`).toBe(states);
      }
    }
  }
});

it('every source in the registry is cited somewhere, or says why it is kept', () => {
  const mdx = [...chapters, ...readMdxFolder('.', 'content/pages')];
  const cited = new Set(mdx.flatMap((f) => collectCitations(f.body)));
  for (const f of mdx) for (const id of componentIds(f.body, 'Fig')) cited.add(index.figures.get(id)!.source);
  for (const file of index.dataFiles) for (const m of readFileSync(file, 'utf8').matchAll(/^[^,]+,([a-z0-9-]+),/gm)) cited.add(m[1]);
  for (const f of ['content/timeline.yaml', 'content/allegations.yaml', 'content/helplines.yaml']) {
    for (const entry of parseYaml(readFileSync(f, 'utf8')) as { sources: string[] }[]) for (const id of entry.sources) cited.add(id);
  }
  const unexplained = [...index.sources.values()].filter((s) => !cited.has(s.id) && !s.unused_reason).map((s) => s.id);
  expect(unexplained).toEqual([]);
});

it('dates every law penalty the law chart draws', () => {
  const csv = readFileSync('content/data/law-penalties.csv', 'utf8');
  expect(csv.split('\n')[0].split(',')).toContain('checked');
  expect(index.checkedFacts.filter((f) => f.file === 'content/data/law-penalties.csv')).toHaveLength(csv.trim().split('\n').length - 1);
});
