/**
 * Vietnamese as users type it: without diacritics, in any case, with đ typed as d, with the short
 * forms officials write ("VKSND", "VKS", "TP", "TX") standing for the long ones, and with the
 * initials of a name and of its parts ("VKSTC", "TCCB", "CNTT", "KV1", "HCM") found after the exact
 * matches.
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
  return shortened(plain(text));
}

function shortened(plainText: string): string {
  let folded = plainText;
  for (const [long, short] of SHORT_FORMS) folded = folded.replace(long, short);
  return folded;
}

/** The short forms written in a name ("Cơ quan điều tra VKSND tối cao") spelled out, so their letters count as initials. */
const LONG_FORMS: Readonly<Record<string, string[]>> = {
  vkstc: ['vien', 'kiem', 'sat', 'nhan', 'dan', 'toi', 'cao'],
  vksnd: ['vien', 'kiem', 'sat', 'nhan', 'dan'],
  vks: ['vien', 'kiem', 'sat'],
  tp: ['thanh', 'pho'],
  tx: ['thi', 'xa'],
};

/** Level words at the start of a department's name ("Vụ Tổ chức cán bộ"), and the procuracy's name anywhere ("VKSND tối cao"). */
const DEPARTMENT_WORDS = [['van', 'phong'], ['vu'], ['cuc'], ['phong']];
const PROCURACY_WORDS = [
  ['vien', 'kiem', 'sat', 'nhan', 'dan'],
  ['vien', 'kiem', 'sat'],
];
/** Administrative words: a place's name follows ("huyện Chợ Mới", "khu vực 1"). */
const ADMINISTRATIVE_WORDS = [['thanh', 'pho'], ['thi', 'xa'], ['khu', 'vuc'], ['tinh'], ['quan'], ['huyen']];
/** "và" joins two names in one ("Cục Thống kê tội phạm và Công nghệ thông tin"): each has its own initials. */
const CONJUNCTIONS = [['va']];

/** Match ranks, best first: every query word starts a word of a name; or is the initials of the whole name… */
export const EXACT_MATCH = 0;
export const INITIALISM_MATCH = 1;
/** …or of a part of it: after a level word ("TCCB"), a place's name ("HCM"), one side of "và" ("CNTT")… */
export const PART_INITIALISM_MATCH = 2;
/** …or of a part that begins with a place's administrative word ("HCM" of "huyện Chợ Mới", "KV1" of "khu vực 1")… */
export const COMPOSITE_INITIALISM_MATCH = 3;
/** …or is only the start of some initials ("KV1" of "khu vực 12"). */
export const PARTIAL_INITIALISM_MATCH = 4;

/** A name made ready for searching once: its folded words, and its initials with the rank each earns. */
interface Prepared {
  words: string[];
  initials: Map<string, number>;
}

/** The first of the word sequences that begins at word i, if any. */
const sequenceAt = (words: string[], i: number, sequences: string[][]) => sequences.find((seq) => seq.every((w, k) => words[i + k] === w));

/** Where a name splits into parts: at each side of its level, administrative and joining words. */
function boundaries(words: string[]): { cuts: number[]; administrative: Set<number> } {
  const at = new Set([0, words.length]);
  const administrative = new Set<number>();
  const cut = (from: number, length: number) => at.add(from).add(from + length);
  const department = sequenceAt(words, 0, DEPARTMENT_WORDS);
  if (department) cut(0, department.length);
  words.forEach((word, i) => {
    const splitting = sequenceAt(words, i, PROCURACY_WORDS) ?? sequenceAt(words, i, CONJUNCTIONS);
    if (splitting) cut(i, splitting.length);
    const place = sequenceAt(words, i, ADMINISTRATIVE_WORDS);
    // "cơ quan" is an agency, not a district (quận).
    if (place && !(word === 'quan' && words[i - 1] === 'co')) {
      cut(i, place.length);
      administrative.add(i);
    }
  });
  return { cuts: [...at].sort((a, b) => a - b), administrative };
}

/**
 * The initials of every run of a name's parts, with and without "nhân dân" ("VKSNDTC", "VKSTC"):
 * the whole name's rank first, then a part's; a run that begins with an administrative word ranks
 * after the others, so "HCM" finds Hồ Chí Minh before huyện Chợ Mới. A word gives its letter, a
 * number itself ("khu vực 1" → "kv1").
 */
function initialisms(plainText: string): Map<string, number> {
  const words = plainText.split(' ').flatMap((w) => LONG_FORMS[w] ?? (w ? [w] : []));
  const letters = words.map((w) => (w[0] >= '0' && w[0] <= '9' ? w : w[0]));
  const withoutNhanDan = letters.map((l, k) =>
    (words[k] === 'nhan' && words[k + 1] === 'dan') || (words[k] === 'dan' && words[k - 1] === 'nhan') ? '' : l,
  );
  const { cuts, administrative } = boundaries(words);
  const found = new Map<string, number>();
  const keep = (initials: string, rank: number) => {
    if (initials.length >= 2 && (found.get(initials) ?? Infinity) > rank) found.set(initials, rank);
  };
  cuts.forEach((from, i) => {
    const partRank = administrative.has(from) ? COMPOSITE_INITIALISM_MATCH : PART_INITIALISM_MATCH;
    for (const to of cuts.slice(i + 1)) {
      const rank = from === 0 && to === words.length ? INITIALISM_MATCH : partRank;
      keep(letters.slice(from, to).join(''), rank);
      keep(withoutNhanDan.slice(from, to).join(''), rank);
    }
  });
  return found;
}

/**
 * Names prepared once each: the directory asks about the same names query after query. Only the
 * directory's names (units', with their former and short names, and clusters') come here, so this
 * holds no more than the directory does.
 */
const preparedNames = new Map<string, Prepared>();

function prepared(text: string): Prepared {
  let found = preparedNames.get(text);
  if (!found) {
    const plainText = plain(text);
    found = { words: shortened(plainText).split(' ').filter(Boolean), initials: initialisms(plainText) };
    preparedNames.set(text, found);
  }
  return found;
}

/** The last query's words: a search asks about every unit with the same query. */
let lastQuery: { query: string; words: string[] } = { query: '', words: [] };

/** The query's words; single letters typed with dots or hyphens ("V.K.S.T.C") joined back into one initialism. */
function queryWords(query: string): string[] {
  if (lastQuery.query !== query)
    lastQuery = {
      query,
      words: fold(query)
        .replace(/\b[a-z](?: [a-z]\b)+/g, (letters) => letters.replace(/ /g, ''))
        .split(' ')
        .filter(Boolean),
    };
  return lastQuery.words;
}

/** The best rank one query word earns in one name, or null. */
function wordRank(word: string, name: Prepared): number | null {
  if (name.words.some((w) => w.startsWith(word))) return EXACT_MATCH;
  const exact = name.initials.get(word);
  if (exact !== undefined) return exact;
  for (const initials of name.initials.keys()) if (initials.startsWith(word)) return PARTIAL_INITIALISM_MATCH;
  return null;
}

/**
 * How the query matches the texts (a unit's names): each query word counts its best rank in any of
 * them, and the query ranks as its worst word; null when a word matches none.
 */
export function matchRank(query: string, ...texts: (string | null)[]): number | null {
  const words = queryWords(query);
  const names = texts.filter((t): t is string => !!t).map(prepared);
  let rank = EXACT_MATCH;
  for (const word of words) {
    let best: number | null = null;
    for (const name of names) {
      const r = wordRank(word, name);
      if (r !== null && (best === null || r < best)) best = r;
      if (best === EXACT_MATCH) break;
    }
    if (best === null) return null;
    rank = Math.max(rank, best);
  }
  return rank;
}

/** Whether every word of the query starts a word of the text (or of its initials), both folded. */
export function matches(query: string, ...texts: (string | null)[]): boolean {
  return matchRank(query, ...texts) !== null;
}

export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base' });
