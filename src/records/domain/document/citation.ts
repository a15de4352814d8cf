import { DOCUMENT_KINDS, DocumentKind } from './document-kind';

/** What a Vietnamese document citation says: kind, number/symbol, date, and the issuer's code in the symbol. */
export interface Citation {
  kind: DocumentKind | null;
  /** Số, ký hiệu, e.g. "12/KH-VKS", "424/QĐ-VKSTC", "96/2019/QH14". */
  number: string;
  /** ISO date, from "ngày 10/01/2022" or "ngày 10 tháng 01 năm 2022". */
  issuedOn: string | null;
  /** The issuer's code at the end of the symbol: "VKS", "VKSTC", "QH14". */
  issuerCode: string | null;
}

/** Accent- and case-insensitive form for matching kind names; đ → d. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

const KIND_WORDS = Object.entries(DOCUMENT_KINDS)
  .filter(([kind]) => kind !== DocumentKind.OTHER)
  .map(([kind, { name }]) => ({ kind: kind as DocumentKind, word: plain(name) }));

const CITATION =
  /^(?<words>[^\d]*?)\s*(?:số\s+)?(?<number>\d[\p{L}\d./-]*\/[\p{L}\d./-]+?)(?:\s*,?\s*ngày\s+(?<day>\d{1,2})\s*(?:\/|-|\.|tháng)\s*(?<month>\d{1,2})\s*(?:\/|-|\.|năm)\s*(?<year>\d{4}))?\s*\.?$/iu;

function isoDate(day: string, month: string, year: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

function kindOf(words: string, number: string): DocumentKind | null {
  const said = plain(words.replace(/\s+số$/i, '').trim());
  const named = KIND_WORDS.find(({ word }) => said === word || said.startsWith(`${word} `));
  if (named) return named.kind;
  if (said !== '') return DocumentKind.OTHER;
  // No words: the type code of the symbol ("KH" in "12/KH-VKS") says the kind.
  const code = number.split('/')[1]?.split('-')[0]?.toUpperCase();
  const byCode = Object.entries(DOCUMENT_KINDS).find(([, k]) => k.code !== null && k.code === code);
  return byCode ? (byCode[0] as DocumentKind) : null;
}

/**
 * Reads a citation as officials write it, "Kế hoạch số 12/KH-VKS ngày 10/01/2022",
 * "Hướng dẫn số 15/HD-VKSTC ngày 12/01/2022", "424/QĐ-VKSTC", "Nghị quyết 96/2019/QH14", into its
 * parts; null when it is not a citation (no number with a symbol, or an impossible date).
 */
export function parseCitation(text: string): Citation | null {
  const match = CITATION.exec(text.trim().replace(/\s+/g, ' '));
  if (!match?.groups) return null;
  const { words, number, day, month, year } = match.groups;
  const issuedOn = day ? isoDate(day, month, year) : null;
  if (day && !issuedOn) return null;
  const symbol = number.split('/').at(-1)!;
  const issuerCode = symbol.includes('-') ? symbol.slice(symbol.indexOf('-') + 1) : /\p{L}/u.test(symbol) ? symbol : null;
  return { kind: kindOf(words, number), number, issuedOn, issuerCode: issuerCode || null };
}

/** The form a number is matched by: "424/QĐ-VKSTC" and "424/qđ-vkstc" are one document. */
export const numberKey = (number: string) => number.trim().toUpperCase().replace(/\s+/g, '');

/** The citation as officials write it: "Kế hoạch số 12/KH-VKS ngày 10/01/2022" (kind and date when known). */
export function formatCitation(kind: DocumentKind | null, number: string, issuedOn: string | null): string {
  const date = issuedOn ? ` ngày ${issuedOn.slice(8, 10)}/${issuedOn.slice(5, 7)}/${issuedOn.slice(0, 4)}` : '';
  return `${kind && kind !== DocumentKind.OTHER ? `${DOCUMENT_KINDS[kind].name} số ` : ''}${number}${date}`;
}
