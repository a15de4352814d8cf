import type { Decider } from '../../../kernel/decider';
import { DomainError } from '../../../kernel/domain-error';
import { canonicalPartialDate } from '../../../kernel/partial-date';
import type { CiteSource, SourceCommand, WithdrawSource } from './commands';
import type { SourceErrorCode } from './errors';
import type { OutsideSource, SourceEvent, SourceFields } from './events';
import { normalRecord, ofAYear, referenceFields, SourcedRecordKind, type RecordRef } from './record-ref';

export interface SourceState {
  cited: SourceFields | null;
  withdrawn: boolean;
}

function refuse(code: SourceErrorCode, message: string): never {
  throw new DomainError<SourceErrorCode>(code, message);
}

const KIND_WORDS: Record<SourcedRecordKind, string> = {
  UNIT: 'đơn vị',
  CLUSTER: 'Cụm/Khối',
  CLUSTER_YEAR: 'năm thi đua của Cụm',
  MEMBERSHIP: 'thành viên của năm thi đua',
  OFFICE: 'Cụm trưởng/Cụm phó của năm',
  AGREEMENT: 'giao ước của năm',
  AWARD: 'khen thưởng của năm',
  MEETING: 'buổi lễ, cuộc họp',
  REVIEW: 'kết quả sơ kết, tổng kết của cuộc họp',
  DOCUMENT: 'văn bản',
  PERSON: 'người',
  COUNCIL: 'Hội đồng',
};

const PART_WORDS: Partial<Record<SourcedRecordKind, string>> = {
  MEMBERSHIP: 'năm (year) và đơn vị (partId)',
  OFFICE: 'năm (year) và chức danh CHAIR hoặc VICE_CHAIR (partId)',
  AWARD: 'năm (year) và mã khen thưởng (partId)',
};

const recordWords = (record: RecordRef) =>
  [record.id, record.year, record.partId].filter((part) => part !== null && part !== '').join(' / ');

function checkedRecord(command: CiteSource): RecordRef {
  const record =
    normalRecord(command.record) ??
    refuse(
      'SOURCE_RECORD_INCOMPLETE',
      `Hồ sơ loại ${KIND_WORDS[command.record.kind]} cần ${PART_WORDS[command.record.kind] ?? (ofAYear(command.record.kind) ? 'mã Cụm và năm (year)' : 'mã hồ sơ')}: hãy nêu đủ để xác định hồ sơ.`,
    );
  if (!command.recordExists)
    refuse(
      'SOURCE_RECORD_NOT_FOUND',
      `Không có hồ sơ ${KIND_WORDS[record.kind]} "${recordWords(record)}": hãy ghi nhận hồ sơ trước khi ghi nguồn của nó.`,
    );
  return record;
}

function checkedOutside(outside: OutsideSource): OutsideSource {
  const title = outside.title.trim();
  if (!title) refuse('SOURCE_TITLE_REQUIRED', 'Cần ghi tiêu đề của nguồn bên ngoài, như bài báo, trang tin ghi.');
  const seenOn = outside.seenOn === null ? null : canonicalPartialDate(outside.seenOn);
  if (outside.seenOn !== null && seenOn === null)
    refuse(
      'SOURCE_DATE_INVALID',
      `Ngày xem nguồn "${outside.seenOn}" không hợp lệ: ghi năm ("2024"), năm và tháng ("2024-03") hoặc ngày đầy đủ ("2024-03-05").`,
    );
  const optional = (text: string | null) => (text?.trim() ? text.trim() : null);
  return { publisher: optional(outside.publisher), title, url: optional(outside.url), seenOn };
}

function cite(command: CiteSource, state: SourceState): SourceEvent[] {
  const { citationId, documentId, outside } = command;
  if (state.cited) refuse('SOURCE_CITATION_EXISTS', `Mã trích nguồn "${citationId}" đã dùng: đặt mã khác cho lần ghi nguồn này.`);
  const record = checkedRecord(command);
  if ((documentId === null) === (outside === null))
    refuse('SOURCE_REQUIRED', 'Hãy nêu đúng một nguồn: một văn bản trong sổ (documentId) hoặc một nguồn bên ngoài (outside).');
  if (documentId !== null && !command.documentRegistered)
    refuse('DOCUMENT_NOT_FOUND', `Văn bản "${documentId}" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`);
  const note = command.note?.trim() ? command.note.trim() : null;
  const source = { documentId, outside: outside === null ? null : checkedOutside(outside) };
  return [{ type: 'SourceCited', data: { citationId, record, ...source, note, ...referenceFields(record) } }];
}

function withdraw(command: WithdrawSource, state: SourceState): SourceEvent[] {
  const { citationId } = command;
  const cited = state.cited ?? refuse('SOURCE_CITATION_NOT_FOUND', `Không có lần ghi nguồn mã "${citationId}".`);
  if (state.withdrawn) refuse('SOURCE_ALREADY_WITHDRAWN', `Nguồn mã "${citationId}" đã được rút trước đó.`);
  const reason = command.reason.trim();
  if (!reason) refuse('REASON_REQUIRED', 'Rút nguồn đã ghi phải nêu lý do.');
  return [{ type: 'SourceWithdrawn', data: { citationId, record: cited.record, reason, ...referenceFields(cited.record) } }];
}

/** Một lần ghi nguồn: the record, and the document or outside source it rests on; withdrawn with a reason. */
export const sourceDecider: Decider<SourceCommand, SourceState, SourceEvent> = {
  initialState: () => ({ cited: null, withdrawn: false }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'SourceCited': {
        const { citationId, record, documentId, outside, note } = event.data;
        return { ...state, cited: { citationId, record, documentId, outside, note } };
      }
      case 'SourceWithdrawn':
        return { ...state, withdrawn: true };
    }
  },
  decide: (command, state) => (command.type === 'CiteSource' ? cite(command, state) : withdraw(command, state)),
};
