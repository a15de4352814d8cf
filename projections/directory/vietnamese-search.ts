/**
 * Vietnamese as users type it: without diacritics, in any case, with đ typed as d, and with the
 * short forms officials write ("VKSND", "VKS", "TP", "TX") standing for the long ones.
 */
const SHORT_FORMS: [RegExp, string][] = [
  [/\bvien kiem sat nhan dan\b/g, 'vksnd'],
  [/\bvien kiem sat\b/g, 'vks'],
  [/\bthanh pho\b/g, 'tp'],
  [/\bthi xa\b/g, 'tx'],
];

/** Lower case, no diacritics, đ → d, long forms folded to their short forms, single spaces. */
export function fold(text: string): string {
  let folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [long, short] of SHORT_FORMS) folded = folded.replace(long, short);
  return folded;
}

/** Whether every word of the query starts a word of the text, both folded. */
export function matches(query: string, ...texts: (string | null)[]): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.filter((t): t is string => !!t).map((t) => ` ${fold(t)}`).join(' ');
  return words.every((word) => haystack.includes(` ${word}`));
}

export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base' });
