import { DomainError } from '../../../kernel/domain-error';
import type { AmendAgreement, AmendRegulation, DraftAgreement, RecordAgreementInForce, SignAgreement } from './commands';
import type { ClusterYearEvent } from './events';
import { partialDate, requireMember, requireOpen, requireText } from './guards';
import type { ClusterYearState } from './state';
import type { ClusterYearErrorCode } from './errors';

function requireDrafted(state: ClusterYearState, year: number): void {
  if (!state.agreement.drafted)
    throw new DomainError<ClusterYearErrorCode>('AGREEMENT_NOT_DRAFTED', `Giao ước thi đua năm ${year} chưa được dự thảo.`);
}

export function draft(command: DraftAgreement, state: ClusterYearState): ClusterYearEvent[] {
  const { type: _type, ...stated } = command;
  requireOpen(state, command);
  const terms = { ...stated, ceremonyDate: partialDate(stated.ceremonyDate, 'lễ ký kết') };
  if (terms.hostUnitId !== null) requireMember(state, command, terms.hostUnitId, 'HOST_NOT_MEMBER', 'đăng cai lễ ký kết');
  if (terms.theme !== null)
    requireText(terms.theme, 'THEME_REQUIRED', 'Chủ đề giao ước không được để trống; bỏ trường này nếu báo cáo không nêu chủ đề.');
  if (state.agreement.drafted)
    throw new DomainError<ClusterYearErrorCode>(
      'AGREEMENT_ALREADY_DRAFTED',
      `Giao ước năm ${command.year} đã được dự thảo; dùng chức năng sửa đổi giao ước để ghi nhận thay đổi.`,
    );
  return [{ type: 'AgreementDrafted', data: terms }];
}

export function amend(command: AmendAgreement, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, note } = command;
  requireOpen(state, command);
  const changes =
    command.changes.ceremonyDate === undefined
      ? command.changes
      : { ...command.changes, ceremonyDate: partialDate(command.changes.ceremonyDate, 'lễ ký kết') };
  requireDrafted(state, year);
  if (Object.keys(changes).length === 0)
    throw new DomainError<ClusterYearErrorCode>('NOTHING_TO_AMEND', 'Bản sửa đổi giao ước không có nội dung thay đổi nào.');
  if (changes.hostUnitId !== undefined && changes.hostUnitId !== null)
    requireMember(state, command, changes.hostUnitId, 'HOST_NOT_MEMBER', 'đăng cai lễ ký kết');
  requireText(note, 'REASON_REQUIRED', 'Sửa đổi giao ước phải ghi rõ nội dung được thông qua.');
  return [{ type: 'AgreementAmended', data: { clusterId, year, changes, note } }];
}

export function amendRegulation(command: AmendRegulation, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, summary, articles } = command;
  requireOpen(state, command);
  requireText(summary, 'SUMMARY_REQUIRED', 'Sửa đổi quy chế cần có nội dung tóm tắt.');
  return [{ type: 'RegulationAmended', data: { clusterId, year, summary, articles } }];
}

export function sign(command: SignAgreement, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, unitId, signatoryName, signatoryPosition } = command;
  requireMember(state, command, unitId, 'SIGNER_NOT_MEMBER', 'ký giao ước');
  const signedOn = partialDate(command.signedOn, 'ký');
  requireDrafted(state, year);
  if (state.agreement.signedBy.has(unitId))
    throw new DomainError<ClusterYearErrorCode>('ALREADY_SIGNED', `Đơn vị "${unitId}" đã ký giao ước năm ${year}.`);
  const signed: ClusterYearEvent = {
    type: 'AgreementSigned',
    data: { clusterId, year, unitId, signatoryName, signatoryPosition, signedOn },
  };
  const everyone = [...state.members].every((member) => member === unitId || state.agreement.signedBy.has(member));
  // With members still unknown, the signatures on record cannot show that every member signed.
  if (!everyone || state.agreement.inForce || !state.membershipComplete) return [signed];
  return [signed, { type: 'AgreementInForce', data: { clusterId, year, inForceOn: signedOn } }];
}

export function recordInForce(command: RecordAgreementInForce, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, source } = command;
  requireOpen(state, command);
  const inForceOn = partialDate(command.inForceOn, 'có hiệu lực');
  requireDrafted(state, year);
  requireText(source, 'IN_FORCE_SOURCE_REQUIRED', 'Hãy nêu nguồn ghi nhận giao ước có hiệu lực (văn bản, bài báo…).');
  if (state.agreement.inForce)
    throw new DomainError<ClusterYearErrorCode>(
      'AGREEMENT_ALREADY_IN_FORCE',
      `Giao ước năm ${year} đã có hiệu lực; không cần ghi nhận lại.`,
    );
  return [{ type: 'AgreementInForceRecorded', data: { clusterId, year, inForceOn, source } }];
}
