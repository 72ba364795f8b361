/**
 * Roman Urdu: Urdu typed in Latin letters, as people write it in messages ("khawateen",
 * "hirasani", "nahi"). Both scripts are reduced to a phonetic key, in the spirit of UrduPhone
 * (Khan et al. 2020) and Soundex: vowels and diacritics drop out (Urdu seldom writes short
 * vowels and people spell long ones every which way), letters that sound alike share a class
 * (ث س ص → s; ت ط ٹ → t; ز ذ ض ظ ژ → z; ح ہ ھ → h; ق ک → k; چ and Latin ch → C), Urdu's two-letter sounds
 * match Latin digraphs (خ → kh, کھ → kh, ش → sh, غ → gh), and doubled letters count once.
 * A word can have more than one key where spellings really differ (a final ں or ہ written or
 * not, ڑ typed as r or d). At build time every Urdu word of the site is keyed
 * (buildRomanIndex); in the browser a Latin word's keys give its Urdu candidates.
 */

/** Urdu letter → key letters. Letters not listed (vowels, hamza, ع) drop out. */
const URDU: Record<string, string> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ط: 't',
  ث: 's',
  س: 's',
  ص: 's',
  ج: 'j',
  چ: 'C',
  ح: 'h',
  ہ: 'h',
  ھ: 'h',
  ۂ: 'h',
  ۃ: 't',
  خ: 'kh',
  د: 'd',
  ڈ: 'd',
  ذ: 'z',
  ز: 'z',
  ض: 'z',
  ظ: 'z',
  ژ: 'z',
  ر: 'r',
  ڑ: 'r',
  ش: 'sh',
  غ: 'gh',
  ف: 'f',
  ق: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
};
/** و and ی are consonants (w, y) at the start of a word, vowels elsewhere. */
const GLIDES: Record<string, string> = { و: 'w', ی: 'y', ے: 'y' };

/** Harakat, superscript alef, tatweel, zero-width joiners: nothing a key needs. */
const MARKS = /[\u064B-\u065F\u0670\u0640\u200C\u200D]/g;
/** Arabic-keyboard letters, as in searchNormalize.ts. */
const ARABIC: Record<string, string> = { ك: 'ک', ي: 'ی', ى: 'ی', ه: 'ہ', ة: 'ہ', أ: 'ا', إ: 'ا', ۀ: 'ہ' };

/** Doubled letters count once: "tashaddud" and "تشدد" both give "tshd". */
const squeeze = (key: string): string => key.replace(/(.)\1+/g, '$1');

/** One or more spellings become several keys: every combination of the alternatives. */
function expand(parts: string[][]): string[] {
  let keys = [''];
  for (const options of parts) keys = keys.flatMap((k) => options.map((o) => k + o));
  return [...new Set(keys.map(squeeze))].filter((k) => k.length > 0);
}

/** The phonetic keys of an Urdu word. */
export function urduKeys(word: string): string[] {
  const letters = [
    ...word
      .normalize('NFC')
      .replace(MARKS, '')
      .replace(/[كيىهةأإۀ]/g, (c) => ARABIC[c]),
  ];
  const parts: string[][] = [];
  letters.forEach((c, i) => {
    const last = i === letters.length - 1;
    if (i === 0 && GLIDES[c]) parts.push([GLIDES[c]]);
    else if (c === 'ڑ') parts.push(['r', 'd']);
    // A final noon ghunna and a final heh are often not typed: "nahi" for نہیں, "masla" for مسئلہ.
    else if (last && letters.length > 2 && (c === 'ں' || c === 'ہ')) parts.push([URDU[c], '']);
    else if (URDU[c]) parts.push([URDU[c]]);
  });
  return expand(parts);
}

/** Latin spellings that stand for one sound, longest first. */
const DIGRAPHS: [RegExp, string][] = [
  [/chh/g, 'Ch'],
  [/ch/g, 'C'],
  [/c(?=[eiy])/g, 's'], // soft c in English loanwords: police, cyber
  [/[qc]/g, 'k'],
  [/v/g, 'w'],
];

/** The phonetic keys of a word typed in Latin letters. */
function foldLatin(word: string): string {
  let w = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  for (const [from, to] of DIGRAPHS) w = w.replace(from, to);
  return w;
}

export function latinKeys(word: string): string[] {
  const w = foldLatin(word);
  if (!w) return [];
  const letters = [...w];
  const parts: string[][] = [];
  letters.forEach((c, i) => {
    if ('aeiou'.includes(c)) return;
    if ((c === 'w' || c === 'y') && i > 0) return; // a glide inside a word is a vowel in Urdu script
    // "yeh"/"ye", "nahin"/"nahi": a final h or n after a vowel may or may not be written in Urdu.
    if (i === letters.length - 1 && i > 1 && 'aeiou'.includes(letters[i - 1]) && (c === 'h' || c === 'n')) parts.push([c, '']);
    else parts.push([c]);
  });
  return expand(parts);
}

/** A crude reading of an Urdu word in Latin letters, only to rank candidates that share a key. */
const READING: Record<string, string> = { ...URDU, ا: 'a', آ: 'aa', و: 'o', ی: 'i', ے: 'e', ع: 'a', ئ: 'i', ء: '', ؤ: 'o', ۓ: 'e' };
export function urduReading(word: string): string {
  return [...word.replace(MARKS, '')].map((c) => READING[c] ?? '').join('');
}

/** Vowels and glides, which Urdu script often leaves out and Latin spellers vary. */
const SOFT = new Set([...'aeiouwyh']);
const gap = (c: string): number => (SOFT.has(c) ? 0.25 : 1);

/** Edit distance in which adding, dropping or changing a vowel costs a quarter. */
function distance(a: string, b: string): number {
  let row = [0];
  for (let j = 1; j <= b.length; j++) row[j] = row[j - 1] + gap(b[j - 1]);
  for (let i = 1; i <= a.length; i++) {
    const next = [row[0] + gap(a[i - 1])];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1];
      const y = b[j - 1];
      const change = x === y ? 0 : SOFT.has(x) && SOFT.has(y) ? 0.25 : 1;
      next[j] = Math.min(row[j] + gap(x), next[j - 1] + gap(y), row[j - 1] + change);
    }
    row = next;
  }
  return row[b.length];
}

/** Arabic-script words in a text (letters and marks of the Arabic script, no punctuation or digits). */
export function urduWordsIn(text: string): string[] {
  return (text.normalize('NFC').match(/(?:(?=\p{Script=Arabic})[\p{L}\p{M}])+/gu) ?? []).map((w) => w.replace(MARKS, '')).filter((w) => w.length > 1);
}

/** A key → the Urdu words that have it, most frequent first. */
export type RomanIndex = Record<string, string[]>;

/** The index the Urdu search loads: every word of the vocabulary under each of its keys. */
export function buildRomanIndex(frequencies: Map<string, number>): RomanIndex {
  const byKey = new Map<string, [string, number][]>();
  for (const [word, count] of frequencies) {
    for (const key of urduKeys(word)) {
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push([word, count]);
    }
  }
  const index: RomanIndex = {};
  for (const key of [...byKey.keys()].sort()) {
    index[key] = byKey
      .get(key)!
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([w]) => w);
  }
  return index;
}

/** Count every word in some texts. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of urduWordsIn(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** How many candidates a Latin word offers at most. */
export const CANDIDATES = 3;

/**
 * The Urdu words a Latin word most likely stands for: those sharing one of its keys, closest
 * in spelling first (then the most frequent on the site).
 */
export function romanCandidates(index: RomanIndex, latin: string, limit = CANDIDATES): string[] {
  const typed = foldLatin(latin).replace(/(.)\1+/g, '$1');
  const seen = new Map<string, number>();
  for (const key of latinKeys(latin)) {
    (index[key] ?? []).forEach((word, rank) => {
      const score = distance(typed, urduReading(word)) + rank * 0.01;
      seen.set(word, Math.min(seen.get(word) ?? Infinity, score));
    });
  }
  // Consonants alone can pair a made-up word with a real one ("qqqxyz" and کسی): a candidate
  // must also be spelled alike, within 1.5 edits of consonants (vowels count a quarter).
  const within = 1.5;
  return [...seen.entries()]
    .filter(([, score]) => score <= within)
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([w]) => w);
}

/** A query written wholly in Latin letters (with spaces, hyphens, apostrophes). */
export function isLatinQuery(query: string): boolean {
  return /\p{Script=Latin}/u.test(query) && /^[\p{Script=Latin}\s'’-]+$/u.test(query.trim());
}

/** A query with any Arabic-script letter in it. */
export function hasUrduScript(query: string): boolean {
  return /\p{Script=Arabic}/u.test(query);
}

export interface RomanScore {
  rows: number;
  /** Rows whose intended word is among the candidates offered. */
  found: number;
  /** Rows whose intended word is the first candidate. */
  first: number;
  /** Candidates offered over all rows. */
  offered: number;
  /** found / rows: how often the word meant is searched for. */
  recall: number;
  /** found / offered: of the words searched for, the share that was the word meant. */
  precision: number;
  misses: { roman: string; urdu: string; offered: string[] }[];
}

/** Rows of "roman<TAB>urdu", with # comments and a header line. */
export function parseRomanTable(tsv: string): { roman: string; urdu: string }[] {
  return tsv
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .slice(1)
    .map((l) => {
      const [roman, urdu] = l.split('\t').map((c) => c.trim());
      return { roman, urdu };
    });
}

/** Precision and recall of romanCandidates over a table of real spellings. */
export function scoreRoman(index: RomanIndex, rows: { roman: string; urdu: string }[], limit = CANDIDATES): RomanScore {
  let found = 0;
  let first = 0;
  let offered = 0;
  const misses: RomanScore['misses'] = [];
  for (const { roman, urdu } of rows) {
    const candidates = romanCandidates(index, roman, limit);
    offered += candidates.length;
    if (candidates.includes(urdu)) found++;
    else misses.push({ roman, urdu, offered: candidates });
    if (candidates[0] === urdu) first++;
  }
  return { rows: rows.length, found, first, offered, recall: found / rows.length, precision: offered ? found / offered : 0, misses };
}
