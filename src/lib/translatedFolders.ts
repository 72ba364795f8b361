/**
 * The content folders that have one file per language: the one list that the translation
 * status, the translation check, the prose check and the Urdu text plugin all read.
 * Self-checks are YAML (questions, choices, answers); the rest are MDX.
 */
export const TRANSLATED_FOLDERS = [
  { kind: 'chapter', folder: 'content/chapters', format: 'mdx' },
  { kind: 'page', folder: 'content/pages', format: 'mdx' },
  { kind: 'guide', folder: 'content/guides', format: 'mdx' },
  { kind: 'selfcheck', folder: 'content/selfcheck', format: 'yaml' },
] as const;

/** True for a file of a translated folder in a language other than English, e.g. content/guides/ur/01-origins.mdx. */
export function isTranslationFile(path: string): boolean {
  return TRANSLATED_FOLDERS.some(({ folder }) => new RegExp(`(^|[\\\\/])${folder.replace('/', '[\\\\/]')}[\\\\/](?!en[\\\\/])[a-z]{2,3}[\\\\/]`).test(path));
}
