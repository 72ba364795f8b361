/**
 * Self-check questions (content/selfcheck/<locale>/<chapter>.yaml): the checks that keep a
 * translation answerable, and the ids a page gives each question. Pure; no Node or Astro.
 */
import type { SelfcheckData } from './schemas.ts';
import type { TranslationProblem } from './translationCheck.ts';

interface FileLike {
  path: string;
  frontmatter: unknown;
}

function questionsOf(file: FileLike): { choices?: unknown[]; answer?: unknown }[] | null {
  const q = (file.frontmatter as Partial<SelfcheckData> | undefined)?.questions;
  return Array.isArray(q) ? q : null;
}

/**
 * A translated self-check must ask the same questions: as many of them, each with as many
 * choices, and the same right answer. (The content check validates each file's shape.)
 */
export function selfcheckTranslationProblems(english: FileLike, translation: FileLike): TranslationProblem[] {
  const en = questionsOf(english);
  const tr = questionsOf(translation);
  if (!en || !tr) return [];
  const file = translation.path;
  if (en.length !== tr.length) {
    return [{ file, field: 'questions', message: `has ${tr.length} questions, ${english.path} has ${en.length}: translate each English question once` }];
  }
  const problems: TranslationProblem[] = [];
  en.forEach((q, i) => {
    const a = q.choices?.length ?? 0;
    const b = tr[i].choices?.length ?? 0;
    if (a !== b) problems.push({ file, field: `questions.${i}.choices`, message: `has ${b} choices, the English has ${a}` });
    else if (q.answer !== tr[i].answer) {
      problems.push({
        file,
        field: `questions.${i}.answer`,
        message: `is ${String(tr[i].answer)}, the English answer is ${String(q.answer)}: keep the choices in the English order`,
      });
    }
  });
  return problems;
}

/** The id of a question's block on the page: "selfcheck-2" for the second question. */
export function questionId(index: number): string {
  return `selfcheck-${index + 1}`;
}
