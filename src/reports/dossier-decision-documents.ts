import type { DecisionView, ItemView } from '../../projections/awards/views';
import { citation, entryById } from '../catalogue/domain/award-catalogue/catalogue';
import { AUTHORITY_WORDS, type DecidingAuthority } from '../catalogue/domain/award-catalogue/entry';
import { vietnameseWhen } from '../kernel/partial-date';
import type { Block, OfficialDocument } from './official-document';
import {
  NOT_ON_RECORD,
  bodyOf,
  entryName,
  nameDay,
  placeDateOf,
  recipientOf,
  type Body,
  type DossierContext,
  type Missing,
} from './dossier-documents';

/**
 * How each deciding authority is named: in words, by the office that signs, and by the body that
 * issues when the addressee records no unit of its own (the sector council sits at the Supreme Procuracy).
 */
const SIGNING: Record<DecidingAuthority, { office: string; body: string | null }> = {
  UNIT_HEAD: { office: 'THỦ TRƯỞNG', body: null },
  PROVINCIAL_CHIEF: { office: 'VIỆN TRƯỞNG', body: null },
  PROSECUTOR_GENERAL: { office: 'VIỆN TRƯỞNG', body: 'Viện kiểm sát nhân dân tối cao' },
  PRIME_MINISTER: { office: 'THỦ TƯỚNG', body: 'Chính phủ' },
  PRESIDENT: { office: 'CHỦ TỊCH', body: 'Chủ tịch nước' },
};

/** An authority recorded under a name this print does not know is printed as recorded. */
const authorityOf = (authority: string) =>
  authority in SIGNING
    ? { words: AUTHORITY_WORDS[authority as DecidingAuthority], ...SIGNING[authority as DecidingAuthority] }
    : { words: authority, office: authority.toLocaleUpperCase('vi'), body: null };

/** Who issues the decision: the unit whose head decides (the council's unit, or the unit addressed), as named on its date. */
function deciderOf(ctx: DossierContext, decision: DecisionView): Body {
  const { models, at, dossier } = ctx;
  const day = nameDay(decision.decisionDate, dossier.year);
  const { kind, id } = dossier.addressee;
  const unitId = kind === 'COUNCIL' ? models.councils.council(id, at)?.unitId : id;
  if (unitId) return bodyOf(models, { kind: 'UNIT', id: unitId }, day, at);
  const fallback = authorityOf(decision.authority ?? '').body;
  if (!fallback) return bodyOf(models, dossier.addressee, day, at);
  return { superior: '', issuer: fallback.toLocaleUpperCase('vi'), name: fallback, place: null, capacity: '' };
}

/** Hủy bỏ: the grounds and the date as recorded, and the award whose fall took this one with it. */
function revocationNote(ctx: DossierContext, item: ItemView): string {
  if (!item.revoked) return '';
  const { grounds, revokedOn, withItemId } = item.revoked;
  const cause = withItemId && ctx.dossier.items.find((other) => other.itemId === withItemId);
  const withCause = cause ? `, kéo theo việc hủy bỏ ${entryName(cause.entryId)} của ${recipientOf(ctx, cause)}` : '';
  return `Đã bị hủy bỏ theo ${grounds}${revokedOn ? ` (${vietnameseWhen(revokedOn)})` : ''}${withCause}.`;
}

/** The head every print of the decision shares: the issuing body, the number, the place and date, the signature. */
function decisionHead(ctx: DossierContext, decision: DecisionView) {
  const decider = deciderOf(ctx, decision);
  const authority = authorityOf(decision.authority ?? '');
  return {
    decider,
    authority,
    head: {
      superior: decider.superior,
      issuer: decider.issuer,
      placeDate: placeDateOf(decider.place, decision.decisionDate),
      signature: { capacity: authority.office, position: '', signer: decision.signer ?? NOT_ON_RECORD, details: [] },
    },
  };
}

/** Điều 1: the awards granted, entry by entry in the order the dossier proposes them, each revoked one marked. */
function grantedBlocks(ctx: DossierContext): Block[] {
  const awarded = ctx.dossier.items.filter((item) => item.award);
  const entries = [...new Set(awarded.map((item) => item.entryId))];
  return entries.flatMap((entryId, i): Block[] => {
    const items = awarded.filter((item) => item.entryId === entryId);
    return [
      { text: `${i + 1}. Tặng ${entryName(entryId)} cho ${items.length} tập thể, cá nhân:` },
      {
        table: {
          sheet: entryName(entryId).slice(0, 31),
          title: entryName(entryId),
          columns: [
            { header: 'STT', format: 'integer', width: 4 },
            { header: 'Tên tập thể/cá nhân' },
            { header: 'Thành tích', width: 16 },
            { header: 'Ghi chú' },
          ],
          rows: items.map((item, n) => [n + 1, recipientOf(ctx, item), item.achievements ?? NOT_ON_RECORD, revocationNote(ctx, item)]),
        },
      },
    ];
  });
}

/** Căn cứ: the provisions the catalogue gives for each entry granted, each once. */
function groundsOf(ctx: DossierContext): string[] {
  const entries = new Set(ctx.dossier.items.filter((item) => item.award).map((item) => item.entryId));
  const provisions = [...entries].flatMap((id) => (entryById(id)?.basis ?? []).map(citation));
  return [...new Set(provisions)].map((provision) => `Căn cứ ${provision};`);
}

/** Quyết định khen thưởng with its list; refused until the dossier is decided. */
export function decisionDocument(ctx: DossierContext): OfficialDocument | Missing {
  const { dossier } = ctx;
  const { decision, memo } = dossier;
  if (!decision)
    return {
      code: 'NOT_FOUND',
      message: `Hồ sơ "${dossier.dossierId}" chưa có quyết định khen thưởng (trạng thái ${dossier.status}): chưa có gì để in.`,
    };
  const { decider, authority, head } = decisionHead(ctx, decision);
  const proposer = bodyOf(ctx.models, dossier.proposer, nameDay(memo.date, dossier.year), ctx.at);
  const memoRef = `Tờ trình ${memo.number ? `số ${memo.number}` : '(số chưa ghi nhận)'}${memo.date ? ` ${vietnameseWhen(memo.date)}` : ''}`;
  return {
    ...head,
    numberSymbol: `Số: ${decision.decisionNumber ?? NOT_ON_RECORD}`,
    kind: 'QUYẾT ĐỊNH',
    summary: `Về việc khen thưởng năm ${dossier.year}`,
    body: [
      { heading: `${authority.office} ${decider.issuer}`.trim() },
      { text: `Thẩm quyền quyết định: ${authority.words}.` },
      ...groundsOf(ctx).map((text) => ({ text })),
      { text: `Xét đề nghị của ${proposer.name} tại ${memoRef},` },
      { heading: 'QUYẾT ĐỊNH:' },
      { text: 'Điều 1. Khen thưởng các tập thể, cá nhân sau:' },
      ...grantedBlocks(ctx),
    ],
    recipients: ['Như Điều 1', proposer.name, 'Lưu: VT'],
    filename: `quyet-dinh-${dossier.dossierId}`,
  };
}

/** Bằng khen, Giấy khen or a title's certificate for one item the decision granted. */
export function certificateDocument(ctx: DossierContext, itemId: string): OfficialDocument | Missing {
  const { dossier } = ctx;
  const item = dossier.items.find((candidate) => candidate.itemId === itemId);
  if (!item) return { code: 'DOSSIER_ITEM_NOT_FOUND', message: `Hồ sơ "${dossier.dossierId}" không có mục đề nghị "${itemId}".` };
  if (!item.award || !dossier.decision)
    return {
      code: 'NOT_FOUND',
      message: `Mục "${itemId}" của hồ sơ "${dossier.dossierId}" chưa được khen thưởng theo quyết định nào: chỉ in được cho mục đã có quyết định.`,
    };
  const { authority, head } = decisionHead(ctx, dossier.decision);
  const recipient = recipientOf(ctx, item);
  const revoked = revocationNote(ctx, item);
  return {
    ...head,
    numberSymbol: `Số QĐ: ${item.award.decisionNumber}`,
    kind: entryName(item.entryId).toLocaleUpperCase('vi'),
    summary: `Tặng ${recipient}`,
    body: [
      { text: `Đã có thành tích: ${item.achievements ?? NOT_ON_RECORD}` },
      {
        text: `Khen thưởng theo Quyết định số ${item.award.decisionNumber} ${vietnameseWhen(item.award.decisionDate)} của ${authority.words}.`,
      },
      ...(revoked ? [{ text: revoked }] : []),
    ],
    recipients: [recipient, 'Lưu: VT'],
    filename: `khen-thuong-${dossier.dossierId}-${itemId}`,
  };
}
