import { DomainError } from '../../../kernel/domain-error';
import type { AssignOversight, EndOversight } from './commands';
import type { ClusterYearErrorCode } from './errors';
import type { ClusterYearEvent } from './events';
import { requireOpen, requireText } from './guards';
import type { ClusterYearState } from './state';

function refuse(code: ClusterYearErrorCode, message: string): never {
  throw new DomainError<ClusterYearErrorCode>(code, message);
}

/** Phụ trách: a registered person oversees the cluster that year, in a capacity as the record words it. */
export function assign(command: AssignOversight, state: ClusterYearState): ClusterYearEvent[] {
  requireOpen(state, command);
  const { clusterId, year, personId, documentId } = command;
  const capacity = command.capacity.trim();
  requireText(
    capacity,
    'OVERSIGHT_CAPACITY_REQUIRED',
    'Cần ghi cương vị phụ trách như hồ sơ ghi, ví dụ "Phó Viện trưởng VKSND tối cao phụ trách".',
  );
  if (!command.personRegistered) refuse('PERSON_NOT_FOUND', `Chưa ghi nhận người "${personId}": hãy ghi nhận trước (registerPerson).`);
  if (documentId !== null && !command.documentRegistered)
    refuse('DOCUMENT_NOT_FOUND', `Văn bản "${documentId}" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`);
  if (state.overseers.has(personId))
    refuse(
      'OVERSIGHT_ALREADY_ASSIGNED',
      `Người "${personId}" đã được ghi nhận phụ trách Cụm năm ${year}: muốn đổi thì ghi việc thôi phụ trách (endOversight) trước.`,
    );
  return [{ type: 'OversightAssigned', data: { clusterId, year, personId, capacity, documentId } }];
}

export function end(command: EndOversight, state: ClusterYearState): ClusterYearEvent[] {
  requireOpen(state, command);
  const { clusterId, year, personId } = command;
  if (!state.overseers.has(personId)) refuse('OVERSIGHT_NOT_FOUND', `Người "${personId}" không được ghi nhận phụ trách Cụm năm ${year}.`);
  const reason = command.reason.trim();
  requireText(reason, 'REASON_REQUIRED', 'Ghi việc thôi phụ trách Cụm phải nêu lý do.');
  return [{ type: 'OversightEnded', data: { clusterId, year, personId, reason } }];
}
