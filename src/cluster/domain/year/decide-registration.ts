import { DomainError } from '../../../kernel/domain-error';
import type { RegisterTitle, StateRegistrationCounts, WithdrawRegistration } from './commands';
import type { ClusterYearEvent } from './events';
import { requireMember, requireOpen, requireText } from './guards';
import type { ClusterYearState } from './state';
import type { ClusterYearErrorCode } from './errors';

function requireNotFinalized(state: ClusterYearState, year: number): void {
  if (state.finalized)
    throw new DomainError<ClusterYearErrorCode>('REGISTRATION_CLOSED', `Điểm năm ${year} đã chốt: không thể thay đổi đăng ký danh hiệu.`);
}

export function registerTitle(command: RegisterTitle, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, unitId, titleId } = command;
  requireMember(state, command, unitId, 'REGISTRANT_NOT_MEMBER', 'đăng ký danh hiệu');
  if (!command.titleKnown)
    throw new DomainError<ClusterYearErrorCode>('TITLE_NOT_FOUND', `Danh hiệu "${titleId}" không có trong danh mục.`);
  requireNotFinalized(state, year);
  const registered = state.registrations.get(unitId);
  if (registered)
    throw new DomainError<ClusterYearErrorCode>(
      'ALREADY_REGISTERED',
      `Đơn vị "${unitId}" đã đăng ký danh hiệu "${registered}" năm ${year}; rút đăng ký trước khi đăng ký danh hiệu khác.`,
    );
  return [{ type: 'TitleRegistered', data: { clusterId, year, unitId, titleId } }];
}

export function withdrawRegistration(command: WithdrawRegistration, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, unitId } = command;
  requireMember(state, command, unitId, 'REGISTRANT_NOT_MEMBER', 'rút đăng ký danh hiệu');
  requireNotFinalized(state, year);
  const titleId = state.registrations.get(unitId);
  if (!titleId) throw new DomainError<ClusterYearErrorCode>('NOT_REGISTERED', `Đơn vị "${unitId}" chưa đăng ký danh hiệu nào năm ${year}.`);
  return [{ type: 'RegistrationWithdrawn', data: { clusterId, year, unitId, titleId } }];
}

/** Đăng ký danh hiệu as counts a report states: checks each count, never names a unit. */
export function stateRegistrationCounts(command: StateRegistrationCounts, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, counts, source } = command;
  requireOpen(state, command);
  if (counts.length === 0)
    throw new DomainError<ClusterYearErrorCode>(
      'REGISTRATION_COUNTS_EMPTY',
      'Hãy nêu ít nhất một danh hiệu và số đơn vị đăng ký, như báo cáo ghi.',
    );
  const seen = new Set<string>();
  for (const { titleId, units } of counts) {
    if (command.unknownTitleIds.includes(titleId))
      throw new DomainError<ClusterYearErrorCode>('TITLE_NOT_FOUND', `Danh hiệu "${titleId}" không có trong danh mục.`);
    if (seen.has(titleId))
      throw new DomainError<ClusterYearErrorCode>(
        'REGISTRATION_COUNT_TITLE_REPEATED',
        `Danh hiệu "${titleId}" được nêu hơn một lần; mỗi danh hiệu chỉ ghi một số đơn vị đăng ký.`,
      );
    seen.add(titleId);
    if (!Number.isInteger(units) || units < 1)
      throw new DomainError<ClusterYearErrorCode>(
        'REGISTRATION_COUNT_INVALID',
        `Số đơn vị đăng ký danh hiệu "${titleId}" phải là số nguyên từ 1 trở lên (báo cáo ghi "03 đơn vị" thì nhập 3).`,
      );
    // Only a list known complete bounds the count: a partial list says nothing of the members not named.
    if (state.membershipComplete && units > state.members.size)
      throw new DomainError<ClusterYearErrorCode>(
        'REGISTRATION_COUNT_ABOVE_MEMBERS',
        `Số đơn vị đăng ký danh hiệu "${titleId}" (${units}) nhiều hơn số thành viên của Cụm năm ${year} (${state.members.size}).`,
      );
  }
  requireText(source, 'REGISTRATION_COUNT_SOURCE_REQUIRED', 'Hãy nêu nguồn của số lượng đăng ký (văn bản, bài báo và lời báo cáo).');
  return [
    {
      type: 'RegistrationCountsStated',
      data: { clusterId, year, counts: counts.map(({ titleId, units }) => ({ titleId, units })), source },
    },
  ];
}

/** Đăng ký danh hiệu, by name or as counts a report states. */
export function decideRegistration(
  command: RegisterTitle | WithdrawRegistration | StateRegistrationCounts,
  state: ClusterYearState,
): ClusterYearEvent[] {
  switch (command.type) {
    case 'RegisterTitle':
      return registerTitle(command, state);
    case 'WithdrawRegistration':
      return withdrawRegistration(command, state);
    case 'StateRegistrationCounts':
      return stateRegistrationCounts(command, state);
  }
}
