/**
 * The content folders that have one file per language: the one list that the translation
 * status, the translation check, the prose check and the Urdu text plugin all read. It comes
 * from the content model (contentModel.ts). Self-checks are YAML (questions, choices,
 * answers); the rest are MDX.
 */
import { TRANSLATED_COLLECTIONS } from './contentModel.ts';

export const TRANSLATED_FOLDERS = TRANSLATED_COLLECTIONS.map(({ kind, folder, format }) => ({ kind, folder, format }));

/** True for a file of a translated folder in a language other than English, e.g. content/guides/ur/01-origins.mdx. */
export function isTranslationFile(path: string): boolean {
  return TRANSLATED_FOLDERS.some(({ folder }) => new RegExp(`(^|[\\\\/])${folder.replace('/', '[\\\\/]')}[\\\\/](?!en[\\\\/])[a-z]{2,3}[\\\\/]`).test(path));
}
