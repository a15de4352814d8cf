/**
 * Vietnamese as users type it: without diacritics, in any case, with đ typed as d, with the short
 * forms officials write ("VKSND", "VKS", "TP", "TX") standing for the long ones, and with the
 * initials of a name's words ("VKSTC", "TP.HCM", "HCM") found after the exact matches.
 */
const SHORT_FORMS: [RegExp, string][] = [
  [/\bvien kiem sat nhan dan\b/g, 'vksnd'],
  [/\bvien kiem sat\b/g, 'vks'],
  [/\bthanh pho\b/g, 'tp'],
  [/\bthi xa\b/g, 'tx'],
];

/** Lower case, no diacritics, đ → d, anything else a space, single spaces. */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Lower case, no diacritics, đ → d, long forms folded to their short forms, single spaces. */
export function fold(text: string): string {
  let folded = plain(text);
  for (const [long, short] of SHORT_FORMS) folded = folded.replace(long, short);
  return folded;
}

/** Words after which a place's proper name follows ("Thành phố Hồ Chí Minh" → "hcm" as well as "tphcm"). */
const ADMINISTRATIVE = /\b(?:thanh pho|tinh|quan|huyen|thi xa|khu vuc) /g;
const initialsOf = (words: string) =>
  words
    .split(' ')
    .filter((w) => /^[a-z]/.test(w))
    .map((w) => w[0])
    .join('');

/**
 * The initialisms officials type for a name: the first letters of its words, with and without
 * "nhân dân" ("VKSNDTC", "VKSTC"), and of its place name with and without the administrative word
 * before it ("TPHCM", "HCM").
 */
function initialisms(text: string): string[] {
  const words = plain(text);
  const found = new Set([initialsOf(words), initialsOf(words.replace(/\bnhan dan\b/g, ''))]);
  for (const match of words.matchAll(ADMINISTRATIVE)) {
    const place = words.slice(match.index + match[0].length);
    found.add(initialsOf(place));
    found.add(initialsOf(`${match[0]}${place}`));
  }
  return [...found].filter((initials) => initials.length >= 2);
}

/** The query's words; single letters typed with dots or hyphens ("V.K.S.T.C") joined back into one initialism. */
function queryWords(query: string): string[] {
  return fold(query)
    .replace(/\b[a-z](?: [a-z]\b)+/g, (letters) => letters.replace(/ /g, ''))
    .split(' ')
    .filter(Boolean);
}

/** Match ranks: exact matches first, then those found only through an initialism. */
export const EXACT_MATCH = 0;
export const INITIALISM_MATCH = 1;

/**
 * How the query matches the texts: EXACT_MATCH when every word of the query starts a word of a
 * text (both folded), INITIALISM_MATCH when that holds once the texts' initialisms count as
 * words, null otherwise.
 */
export function matchRank(query: string, ...texts: (string | null)[]): number | null {
  const words = queryWords(query);
  if (words.length === 0) return EXACT_MATCH;
  const present = texts.filter((t): t is string => !!t);
  const haystack = present.map((t) => ` ${fold(t)}`).join(' ');
  if (words.every((word) => haystack.includes(` ${word}`))) return EXACT_MATCH;
  const withInitialisms = `${haystack} ${present
    .flatMap(initialisms)
    .map((i) => ` ${i}`)
    .join(' ')}`;
  return words.every((word) => withInitialisms.includes(` ${word}`)) ? INITIALISM_MATCH : null;
}

/** Whether every word of the query starts a word of the text (or of its initialisms), both folded. */
export function matches(query: string, ...texts: (string | null)[]): boolean {
  return matchRank(query, ...texts) !== null;
}

export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base' });
