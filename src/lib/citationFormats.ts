/**
 * "Cite this chapter" in four styles. Pure: the page passes the title, the site's name,
 * the chapter's stable address and its last-updated date. The site is cited as the author
 * (an organisation), as each style does for a work without personal authors.
 */
export interface CitationInput {
  title: string;
  siteName: string;
  url: string;
  /** ISO date of the chapter's last update, YYYY-MM-DD. */
  updated: string;
  /** BibTeX key, e.g. "metoo-pakistan-origins". */
  key: string;
  /** BCP 47 language of the chapter, for BibTeX's language field. */
  language: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** APA 7: Author. (Year, Month Day). Title. Site. URL */
export function apa(c: CitationInput): string {
  const { y, m, d } = parts(c.updated);
  return `${c.siteName}. (${y}, ${MONTHS[m - 1]} ${d}). ${c.title}. ${c.url}`;
}

/** MLA 9: "Title." Site, Day Mon. Year, URL. */
export function mla(c: CitationInput): string {
  const { y, m, d } = parts(c.updated);
  return `“${c.title}.” ${c.siteName}, ${d} ${MLA_MONTHS[m - 1]} ${y}, ${c.url.replace(/^https?:\/\//, '')}.`;
}

/** Chicago (notes and bibliography): Site. "Title." Last modified Month Day, Year. URL. */
export function chicago(c: CitationInput): string {
  const { y, m, d } = parts(c.updated);
  return `${c.siteName}. “${c.title}.” Last modified ${MONTHS[m - 1]} ${d}, ${y}. ${c.url}.`;
}

/** BibTeX @misc entry; braces protect capitals and the # of hashtags. */
export function bibtex(c: CitationInput): string {
  const { y, m, d } = parts(c.updated);
  const esc = (s: string) => s.replace(/([#%&_$])/g, '\\$1');
  return [
    `@misc{${c.key},`,
    `  author = {{${esc(c.siteName)}}},`,
    `  title = {{${esc(c.title)}}},`,
    `  year = {${y}},`,
    `  month = {${MONTHS[m - 1].slice(0, 3).toLowerCase()}},`,
    `  howpublished = {\\url{${c.url}}},`,
    `  note = {Last updated ${d} ${MONTHS[m - 1]} ${y}},`,
    `  language = {${c.language}}`,
    `}`,
  ].join('\n');
}

export function allCitations(c: CitationInput) {
  return { apa: apa(c), mla: mla(c), chicago: chicago(c), bibtex: bibtex(c) };
}
