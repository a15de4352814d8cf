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
  let folded = plain(text);
  for (const [long, short] of SHORT_FORMS) folded = folded.replace(long, short);
  return folded;
}

/** The short forms written in a name ("Cơ quan điều tra VKSND tối cao") spelled out, so their letters count as initials. */
const LONG_FORMS: [RegExp, string][] = [
  [/\bvkstc\b/g, 'vien kiem sat nhan dan toi cao'],
  [/\bvksnd\b/g, 'vien kiem sat nhan dan'],
  [/\bvks\b/g, 'vien kiem sat'],
  [/\btp\b/g, 'thanh pho'],
  [/\btx\b/g, 'thi xa'],
];

/** Level words: the procuracy's name ("VKSND tối cao") and, at the start, the department's word ("Vụ Tổ chức cán bộ"). */
const LEVEL_WORDS = /^(?:van phong|vu|cuc|phong)\b|\bvien kiem sat(?: nhan dan)?\b/g;
/** Administrative words: a place's name follows ("huyện Chợ Mới", "khu vực 1"); "cơ quan" is no district (quận). */
const ADMINISTRATIVE = /\b(?:thanh pho|tinh|(?<!co )quan|huyen|thi xa|khu vuc)\b/g;
/** "và" joins two names in one ("Cục Thống kê tội phạm và Công nghệ thông tin"): each has its own initials. */
const CONJUNCTION = /\bva\b/g;

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

/** Initials of words: a letter for a word, a number whole ("khu vực 1" → "kv1"). */
const initialsOf = (words: string[]) => words.map((w) => (/^[0-9]/.test(w) ? w : w[0])).join('');

/** Where a name splits into parts: at each side of its level, administrative and joining words. */
function boundaries(text: string): { at: Set<number>; administrative: Set<number> } {
  const wordIndex = (offset: number) => (offset === 0 ? 0 : text.slice(0, offset).trim().split(' ').length);
  const at = new Set([0, text.split(' ').length]);
  const administrative = new Set<number>();
  for (const pattern of [LEVEL_WORDS, ADMINISTRATIVE, CONJUNCTION])
    for (const match of text.matchAll(pattern)) {
      const start = wordIndex(match.index);
      at.add(start).add(wordIndex(match.index + match[0].length));
      if (pattern === ADMINISTRATIVE) administrative.add(start);
    }
  return { at, administrative };
}

/**
 * The initials of every run of a name's parts, with and without "nhân dân" ("VKSNDTC", "VKSTC"):
 * the whole name's rank first, then a part's; a run that begins with an administrative word ranks
 * after the others, so "HCM" finds Hồ Chí Minh before huyện Chợ Mới.
 */
function initialisms(text: string): Map<string, number> {
  let spelled = plain(text);
  for (const [short, long] of LONG_FORMS) spelled = spelled.replace(short, long);
  const words = spelled.split(' ').filter(Boolean);
  const { at, administrative } = boundaries(words.join(' '));
  const cuts = [...at].sort((a, b) => a - b);
  const found = new Map<string, number>();
  const keep = (initials: string, rank: number) => {
    if (initials.length >= 2 && (found.get(initials) ?? Infinity) > rank) found.set(initials, rank);
  };
  cuts.forEach((from, i) => {
    const partRank = administrative.has(from) ? COMPOSITE_INITIALISM_MATCH : PART_INITIALISM_MATCH;
    for (const to of cuts.slice(i + 1)) {
      const run = words.slice(from, to);
      const rank = run.length === words.length ? INITIALISM_MATCH : partRank;
      keep(initialsOf(run), rank);
      keep(initialsOf(run.filter((w, k) => !(w === 'nhan' && run[k + 1] === 'dan') && !(w === 'dan' && run[k - 1] === 'nhan'))), rank);
    }
  });
  return found;
}

/** Names prepared once each: the directory asks about the same names query after query. */
const preparedNames = new Map<string, Prepared>();

function prepared(text: string): Prepared {
  let found = preparedNames.get(text);
  if (!found) {
    found = { words: fold(text).split(' ').filter(Boolean), initials: initialisms(text) };
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
