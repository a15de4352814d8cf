import { yearEnd } from '../../projections/cluster/names-by-year';
import type { DossierView, ItemView } from '../../projections/awards/views';
import type { At } from '../../projections/history';
import type { ReadModels } from '../../projections/read-models';
import type { Candidate } from '../awards/domain/dossier/parties';
import { entryById } from '../catalogue/domain/award-catalogue/catalogue';
import type { Recipient } from '../catalogue/domain/award-catalogue/entry';
import { lastDayOf, parsePartialDate, vietnameseWhen } from '../kernel/partial-date';
import type { Table } from '../spreadsheets/table';
import { issuingUnitName, placeAndDate, placeOf, type OfficialDocument } from './official-document';

/** What a print says where the dossier records nothing: never a blank, never an invented value. */
export const NOT_ON_RECORD = 'Chưa ghi nhận.';

/** Why there is nothing to print, as the route answers it: a stable code and words a reader can act on. */
export interface Missing {
  code: string;
  message: string;
}

/** A dossier that went through its steps: a proposer sent it to an addressee (not a decision known only by its outcome). */
export type ProposedDossier = DossierView & {
  proposer: NonNullable<DossierView['proposer']>;
  addressee: NonNullable<DossierView['addressee']>;
};

export interface DossierContext {
  models: ReadModels;
  at: At;
  dossier: ProposedDossier;
}

/** A body that issues a document, under the names it bore on the day the document is dated. */
export interface Body {
  superior: string;
  issuer: string;
  /** Its name in running text. */
  name: string;
  /** Where its documents are dated; null when no unit of its is on record. */
  place: string | null;
  /** Signing on behalf of a collective body (TM.), or '' when its head signs in person. */
  capacity: string;
}

/** The day names are read at for a partial date: its last day, or the year's end when none is recorded. */
export const nameDay = (date: string | null, year: number) => (date ? lastDayOf(date) : yearEnd(year));

function unitBody(models: ReadModels, unitId: string, day: string, at: At): Body {
  const name = issuingUnitName(models, unitId, day, at) ?? unitId;
  const parentId = models.directory.unit(unitId, at)?.parentUnitId;
  const parent = parentId ? issuingUnitName(models, parentId, day, at) : null;
  return {
    superior: (parent ?? '').toLocaleUpperCase('vi'),
    issuer: name.toLocaleUpperCase('vi'),
    name,
    place: placeOf(name),
    capacity: '',
  };
}

/** A cluster under its organiser, a council under its unit, a unit under its parent; an unknown one by its id. */
export function bodyOf(models: ReadModels, party: { kind: string; id: string }, day: string, at: At): Body {
  if (party.kind === 'UNIT' || party.kind === 'UNIT_HEAD') return unitBody(models, party.id, day, at);
  const cluster = party.kind === 'CLUSTER' ? models.directory.cluster(party.id, at) : undefined;
  const collective = cluster
    ? { name: cluster.name, unitId: cluster.organizerUnitId }
    : party.kind === 'COUNCIL'
      ? models.councils.council(party.id, at)
      : undefined;
  const name = collective?.name ?? party.id;
  const unit = collective?.unitId ? issuingUnitName(models, collective.unitId, day, at) : null;
  return {
    superior: (unit ?? '').toLocaleUpperCase('vi'),
    issuer: name.toLocaleUpperCase('vi'),
    name,
    place: unit && placeOf(unit),
    capacity: `TM. ${name.toLocaleUpperCase('vi')}`,
  };
}

/**
 * "Tân Châu, ngày 20 tháng 11 năm 2024" for a full date; a partial one as recorded ("Tân Châu,
 * tháng 11/2024", "năm 2024"); without a date, said so.
 */
export function placeDateOf(place: string | null, date: string | null): string {
  const parsed = date === null ? null : parsePartialDate(date);
  const prefix = place ? `${place}, ` : '';
  if (!parsed) return `${prefix}ngày ban hành: ${NOT_ON_RECORD}`;
  if (parsed.day === null) return `${prefix}${vietnameseWhen(date)}`;
  return placeAndDate(place ?? '', date!).replace(/^, /, '');
}

export const entryName = (entryId: string) => entryById(entryId)?.name ?? entryId;

/** A unit under its name of the dossier's year, a person under their full name; an unknown one by its id. */
export function candidateName({ models, at, dossier }: DossierContext, candidate: Candidate): string {
  if (candidate.kind === 'PERSON') return models.records.person(candidate.id, at)?.fullName ?? candidate.id;
  return issuingUnitName(models, candidate.id, yearEnd(dossier.year), at) ?? candidate.id;
}

const RECIPIENT_WORDS = { COLLECTIVE: 'tập thể', PERSON: 'cá nhân' } as const;

/** Who an item proposes: the candidate named, or how many of whom, not yet named. */
export function recipientOf(ctx: DossierContext, item: ItemView): string {
  if (item.candidate) return candidateName(ctx, item.candidate);
  const recipients: readonly Recipient[] = entryById(item.entryId)?.recipients ?? ['COLLECTIVE', 'PERSON'];
  const who = (['COLLECTIVE', 'PERSON'] as const)
    .filter((r) => recipients.includes(r))
    .map((r) => RECIPIENT_WORDS[r])
    .join('/');
  return `${item.count} ${who}, chưa nêu tên`;
}

const itemsTable = (ctx: DossierContext): Table => ({
  sheet: 'Danh sách đề nghị',
  title: 'Danh sách đề nghị khen thưởng',
  columns: [
    { header: 'STT', format: 'integer', width: 4 },
    { header: 'Tên tập thể/cá nhân' },
    { header: 'Danh hiệu/hình thức' },
    { header: 'Tóm tắt thành tích', width: 18 },
  ],
  rows: ctx.dossier.items
    // A count-only item whose candidates were all named proposes no one more: its named items stand for it.
    .filter((item) => item.candidate !== null || item.count > 0)
    .map((item, i) => [i + 1, recipientOf(ctx, item), entryName(item.entryId), item.achievements ?? NOT_ON_RECORD]),
});

/** Who a dossier is sent to, in running text. */
function addresseeName({ models, at, dossier }: DossierContext, day: string): string {
  const { kind, id } = dossier.addressee;
  if (kind === 'COUNCIL') return models.councils.council(id, at)?.name ?? id;
  return `Thủ trưởng ${issuingUnitName(models, id, day, at) ?? id}`;
}

/** Tờ trình đề nghị khen thưởng: the proposer's memo as recorded, with every item the dossier proposes. */
export function memoDocument(ctx: DossierContext): OfficialDocument {
  const { models, at, dossier } = ctx;
  const { memo, year } = dossier;
  const day = nameDay(memo.date, year);
  const proposer = bodyOf(models, dossier.proposer, day, at);
  const addressee = addresseeName(ctx, day);
  return {
    superior: proposer.superior,
    issuer: proposer.issuer,
    numberSymbol: `Số: ${memo.number ?? NOT_ON_RECORD}`,
    placeDate: placeDateOf(proposer.place, memo.date),
    kind: 'TỜ TRÌNH',
    summary: `Đề nghị khen thưởng năm ${year}`,
    body: [
      { text: `Kính gửi: ${addressee}.` },
      { text: `${proposer.name} kính đề nghị ${addressee} xét, khen thưởng năm ${year} cho các tập thể, cá nhân sau:` },
      { table: itemsTable(ctx) },
    ],
    signature: { capacity: proposer.capacity, position: '', signer: memo.signer ?? NOT_ON_RECORD, details: [] },
    recipients: ['Như trên', 'Lưu: VT'],
    filename: `to-trinh-${dossier.dossierId}`,
  };
}

/** The dossier read at `at`, handed to `build`; the dossier's absence said so. */
export function printDossier(
  models: ReadModels,
  dossierId: string,
  at: At,
  build: (ctx: DossierContext) => OfficialDocument | Missing,
): OfficialDocument | Missing {
  const dossier = models.dossiers.dossier(dossierId, at);
  if (!dossier)
    return {
      code: 'DOSSIER_NOT_FOUND',
      message: `Chưa lập hồ sơ đề nghị khen thưởng "${dossierId}" (hoặc chưa lập vào thời điểm đã chọn): kiểm tra lại mã hồ sơ.`,
    };
  const { proposer, addressee } = dossier;
  if (!proposer || !addressee)
    return {
      code: 'NOT_FOUND',
      message: `Hồ sơ "${dossierId}" là quyết định chỉ biết kết quả (nguồn: ${dossier.source ?? 'chưa ghi nhận'}): không có tờ trình, quyết định hay giấy chứng nhận nào được ghi để in.`,
    };
  return build({ models, at, dossier: { ...dossier, proposer, addressee } });
}
