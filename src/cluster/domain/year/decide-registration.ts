import { DomainError } from '../../../kernel/domain-error';
import type { RegisterTitle, WithdrawRegistration } from './commands';
import type { ClusterYearEvent } from './events';
import { requireMember } from './guards';
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
