/** The translation status of every chapter, page, guide and self-check, read from the content folder (Node only). */
import { locales } from '../i18n/locales.ts';
import { readTranslatedFolder } from './contentFiles.ts';
import { translationStatus, type StatusRow } from './translationStatus.ts';

import { TRANSLATED_FOLDERS } from './translatedFolders.ts';

export function siteTranslationStatus(root: string): StatusRow[] {
  const targets = locales.filter((l) => l !== 'en');
  return TRANSLATED_FOLDERS.flatMap((entry) => translationStatus(entry.kind, readTranslatedFolder(root, entry), targets));
}

/** The build's warnings: one line per translation whose English source changed since it was made. */
export function outdatedWarnings(rows: StatusRow[]): string[] {
  return rows
    .filter((r) => r.state === 'outdated')
    .map((r) => `Warning: the ${r.locale} translation of ${r.kind} ${r.name} is outdated: the English changed since (npm run i18n:status).`);
}
