/**
 * Which translations follow the current English text. A translation records, in its
 * frontmatter `sourceHash`, the hash of the English file it was made from; when the
 * English file changes, its hash changes and the translation shows as outdated.
 */
import { createHash } from 'node:crypto';

export type TranslationState = 'up to date' | 'outdated' | 'missing';

/** First 12 hex digits of the SHA-256 of the English file's text (line endings normalised). */
export function sourceHash(englishText: string): string {
  return createHash('sha256').update(englishText.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

export interface StatusRow {
  kind: string;
  name: string;
  locale: string;
  state: TranslationState;
  /** The hash the translation should record to be up to date. */
  currentHash: string;
  recordedHash?: string;
  status?: string;
}

interface FileLike {
  name: string;
  locale: string;
  raw: string;
  frontmatter: unknown;
}

export function translationStatus(kind: string, files: FileLike[], targetLocales: readonly string[]): StatusRow[] {
  const english = files.filter((f) => f.locale === 'en');
  const rows: StatusRow[] = [];
  for (const en of english) {
    const currentHash = sourceHash(en.raw);
    for (const locale of targetLocales) {
      const tr = files.find((f) => f.locale === locale && f.name === en.name);
      if (!tr) {
        rows.push({ kind, name: en.name, locale, state: 'missing', currentHash });
        continue;
      }
      const fm = (tr.frontmatter ?? {}) as { sourceHash?: string; status?: string };
      rows.push({
        kind,
        name: en.name,
        locale,
        state: fm.sourceHash === currentHash ? 'up to date' : 'outdated',
        currentHash,
        recordedHash: fm.sourceHash,
        status: fm.status,
      });
    }
  }
  return rows;
}
