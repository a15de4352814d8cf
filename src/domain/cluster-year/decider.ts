import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { ClusterYearCommand, RotateChair } from './commands';
import type { ClusterYearEvent } from './events';

export interface ClusterYearState {
  opened: boolean;
  members: ReadonlySet<string>;
  chairUnitId: string | null;
  viceChairUnitId: string | null;
}

function requireOpen(state: ClusterYearState, command: { clusterId: string; year: number }): void {
  if (!state.opened)
    throw new DomainError(
      'YEAR_NOT_OPEN',
      `Năm thi đua ${command.year} của Cụm "${command.clusterId}" chưa được mở.`,
    );
}

function decideRotation(command: RotateChair, state: ClusterYearState): ClusterYearEvent[] {
  requireOpen(state, command);
  const { chairUnitId, viceChairUnitId, previousChairUnitId, clusterId, year } = command;
  if (chairUnitId === viceChairUnitId)
    throw new DomainError('CHAIR_SAME_AS_VICE_CHAIR', 'Cụm trưởng và Cụm phó phải là hai đơn vị khác nhau.');
  if (!state.members.has(chairUnitId))
    throw new DomainError(
      'CHAIR_NOT_MEMBER',
      `Đơn vị "${chairUnitId}" không phải thành viên của Cụm trong năm ${year}, nên không thể làm Cụm trưởng.`,
    );
  if (!state.members.has(viceChairUnitId))
    throw new DomainError(
      'VICE_CHAIR_NOT_MEMBER',
      `Đơn vị "${viceChairUnitId}" không phải thành viên của Cụm trong năm ${year}, nên không thể làm Cụm phó.`,
    );
  if (chairUnitId === previousChairUnitId)
    throw new DomainError(
      'CHAIR_NOT_ROTATED',
      `Đơn vị "${chairUnitId}" đã làm Cụm trưởng năm ${year - 1}; Cụm trưởng phải luân phiên cho đơn vị khác.`,
    );
  if (chairUnitId === state.chairUnitId && viceChairUnitId === state.viceChairUnitId)
    throw new DomainError('CHAIR_UNCHANGED', `Cụm trưởng và Cụm phó năm ${year} đã đúng như vậy.`);
  return [{ type: 'ChairRotated', data: { clusterId, year, chairUnitId, viceChairUnitId, previousChairUnitId } }];
}

export const clusterYearDecider: Decider<ClusterYearCommand, ClusterYearState, ClusterYearEvent> = {
  initialState: () => ({ opened: false, members: new Set(), chairUnitId: null, viceChairUnitId: null }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'ClusterYearOpened':
        return { ...state, opened: true, members: new Set(event.data.memberUnitIds) };
      case 'MemberAdmitted':
        return { ...state, members: new Set([...state.members, event.data.unitId]) };
      case 'MemberWithdrawn': {
        const members = new Set(state.members);
        members.delete(event.data.unitId);
        return { ...state, members };
      }
      case 'ChairRotated':
        return { ...state, chairUnitId: event.data.chairUnitId, viceChairUnitId: event.data.viceChairUnitId };
      default:
        // Event types this version does not know leave the state as it is.
        return state;
    }
  },

  decide: (command, state) => {
    const { clusterId, year } = command;
    switch (command.type) {
      case 'OpenClusterYear': {
        if (state.opened)
          throw new DomainError('YEAR_ALREADY_OPEN', `Năm thi đua ${year} của Cụm "${clusterId}" đã được mở.`);
        if (!command.clusterFormed)
          throw new DomainError('CLUSTER_NOT_FOUND', `Không tìm thấy Cụm/Khối thi đua "${clusterId}".`);
        if (command.memberUnitIds.length === 0)
          throw new DomainError('NO_MEMBERS', 'Năm thi đua cần ít nhất một đơn vị thành viên.');
        const duplicate = command.memberUnitIds.find((id, i) => command.memberUnitIds.indexOf(id) !== i);
        if (duplicate)
          throw new DomainError('DUPLICATE_MEMBER', `Đơn vị "${duplicate}" được kê hai lần trong danh sách thành viên.`);
        if (command.unregisteredUnitIds.length > 0)
          throw new DomainError(
            'UNIT_NOT_FOUND',
            `Chưa đăng ký các đơn vị: ${command.unregisteredUnitIds.join(', ')}.`,
            { unitIds: command.unregisteredUnitIds },
          );
        return [{ type: 'ClusterYearOpened', data: { clusterId, year, memberUnitIds: command.memberUnitIds } }];
      }
      case 'AdmitMember': {
        requireOpen(state, command);
        if (!command.unitRegistered)
          throw new DomainError('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị "${command.unitId}".`, {
            unitIds: [command.unitId],
          });
        if (state.members.has(command.unitId))
          throw new DomainError('ALREADY_MEMBER', `Đơn vị "${command.unitId}" đã là thành viên của Cụm năm ${year}.`);
        return [{ type: 'MemberAdmitted', data: { clusterId, year, unitId: command.unitId } }];
      }
      case 'WithdrawMember': {
        requireOpen(state, command);
        if (!state.members.has(command.unitId))
          throw new DomainError('NOT_A_MEMBER', `Đơn vị "${command.unitId}" không phải thành viên của Cụm năm ${year}.`);
        if (command.unitId === state.chairUnitId || command.unitId === state.viceChairUnitId)
          throw new DomainError(
            'MEMBER_HOLDS_OFFICE',
            `Đơn vị "${command.unitId}" đang là Cụm trưởng hoặc Cụm phó năm ${year}: hãy luân phiên chức danh trước khi rút khỏi Cụm.`,
          );
        return [{ type: 'MemberWithdrawn', data: { clusterId, year, unitId: command.unitId } }];
      }
      case 'RotateChair':
        return decideRotation(command, state);
    }
  },
};
