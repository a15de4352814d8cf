import { DomainError } from '../../../kernel/domain-error';
import type {
  AdmitMember,
  AppointViceChair,
  NameOfficeRepresentative,
  DeclareIneligible,
  RecordOfficeDesignation,
  YearOffice,
  OpenClusterYear,
  RotateChair,
  StateMembershipCompleteness,
  WithdrawMember,
} from './commands';
import { requireExistedInYear } from '../../../unit/domain/lifespan';
import type { ClusterYearEvent } from './events';
import { partialDate, requireMember, requireOpen, requireText } from './guards';
import type { ClusterYearState } from './state';
import type { ClusterYearErrorCode } from './errors';

export function openYear(command: OpenClusterYear, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, memberUnitIds } = command;
  if (state.opened)
    throw new DomainError<ClusterYearErrorCode>('YEAR_ALREADY_OPEN', `Năm thi đua ${year} của Cụm "${clusterId}" đã được mở.`);
  if (!command.clusterFormed)
    throw new DomainError<ClusterYearErrorCode>('CLUSTER_NOT_FOUND', `Không tìm thấy Cụm/Khối thi đua "${clusterId}".`);
  if (memberUnitIds.length === 0)
    throw new DomainError<ClusterYearErrorCode>('NO_MEMBERS', 'Năm thi đua cần ít nhất một đơn vị thành viên.');
  const duplicate = memberUnitIds.find((id, i) => memberUnitIds.indexOf(id) !== i);
  if (duplicate)
    throw new DomainError<ClusterYearErrorCode>('DUPLICATE_MEMBER', `Đơn vị "${duplicate}" được kê hai lần trong danh sách thành viên.`);
  if (command.unregisteredUnitIds.length > 0)
    throw new DomainError<ClusterYearErrorCode>('UNIT_NOT_FOUND', `Chưa đăng ký các đơn vị: ${command.unregisteredUnitIds.join(', ')}.`, {
      unitIds: command.unregisteredUnitIds,
    });
  requireExistedInYear(command.lifespans, year);
  const opened: ClusterYearEvent = { type: 'ClusterYearOpened', data: { clusterId, year, memberUnitIds } };
  if (command.membershipComplete !== false) return [opened];
  return [opened, { type: 'MembershipCompletenessStated', data: { clusterId, year, complete: false } }];
}

/**
 * Partial → complete, or back. Once complete, an agreement every member has already signed comes
 * into force on the last signature's day, as it would have had the list been complete from the start.
 */
export function stateMembershipCompleteness(command: StateMembershipCompleteness, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, complete } = command;
  requireOpen(state, command);
  if (complete === state.membershipComplete)
    throw new DomainError<ClusterYearErrorCode>(
      'MEMBERSHIP_COMPLETENESS_UNCHANGED',
      `Danh sách thành viên năm ${year} đã được ghi là ${complete ? 'đầy đủ' : 'chưa đầy đủ'}.`,
    );
  const stated: ClusterYearEvent = { type: 'MembershipCompletenessStated', data: { clusterId, year, complete } };
  const { agreement } = state;
  const allSigned = state.members.size > 0 && [...state.members].every((member) => agreement.signedBy.has(member));
  if (!complete || agreement.inForce || !allSigned || agreement.lastSignedOn === null) return [stated];
  return [stated, { type: 'AgreementInForce', data: { clusterId, year, inForceOn: agreement.lastSignedOn } }];
}

export function admit(command: AdmitMember, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, unitId } = command;
  requireOpen(state, command);
  if (!command.lifespan)
    throw new DomainError<ClusterYearErrorCode>('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị "${unitId}".`, { unitIds: [unitId] });
  requireExistedInYear({ [unitId]: command.lifespan }, year);
  if (state.members.has(unitId))
    throw new DomainError<ClusterYearErrorCode>('ALREADY_MEMBER', `Đơn vị "${unitId}" đã là thành viên của Cụm năm ${year}.`);
  return [{ type: 'MemberAdmitted', data: { clusterId, year, unitId } }];
}

export function withdraw(command: WithdrawMember, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, unitId } = command;
  requireMember(state, command, unitId, 'NOT_A_MEMBER', 'rút khỏi Cụm');
  if (unitId === state.chairUnitId || unitId === state.viceChairUnitId)
    throw new DomainError<ClusterYearErrorCode>(
      'MEMBER_HOLDS_OFFICE',
      `Đơn vị "${unitId}" đang là Cụm trưởng hoặc Cụm phó năm ${year}: hãy luân phiên chức danh trước khi rút khỏi Cụm.`,
    );
  return [{ type: 'MemberWithdrawn', data: { clusterId, year, unitId } }];
}

export function rotate(command: RotateChair, state: ClusterYearState): ClusterYearEvent[] {
  requireOpen(state, command);
  const { chairUnitId, viceChairUnitId, previousChairUnitId, clusterId, year } = command;
  requireMember(state, command, chairUnitId, 'CHAIR_NOT_MEMBER', 'làm Cụm trưởng');
  if (chairUnitId === previousChairUnitId)
    throw new DomainError<ClusterYearErrorCode>(
      'CHAIR_NOT_ROTATED',
      `Đơn vị "${chairUnitId}" đã làm Cụm trưởng năm ${year - 1}; Cụm trưởng phải luân phiên cho đơn vị khác.`,
    );
  if (command.previousYearIneligibleUnitIds.includes(chairUnitId))
    throw new DomainError<ClusterYearErrorCode>(
      'CHAIR_NOT_ELIGIBLE',
      `Đơn vị "${chairUnitId}" không đủ điều kiện bình xét năm ${year - 1}, nên không thể làm Cụm trưởng năm ${year}.`,
    );
  if (viceChairUnitId !== null) requireEligibleViceChair(command, state, chairUnitId, viceChairUnitId);
  if (chairUnitId === state.chairUnitId && viceChairUnitId === state.viceChairUnitId)
    throw new DomainError<ClusterYearErrorCode>('CHAIR_UNCHANGED', `Cụm trưởng và Cụm phó năm ${year} đã đúng như vậy.`);
  return [{ type: 'ChairRotated', data: { clusterId, year, chairUnitId, viceChairUnitId, previousChairUnitId } }];
}

/** A vice-chair named after the chair (many reports name it later, or not at all). */
export function appointViceChair(command: AppointViceChair, state: ClusterYearState): ClusterYearEvent[] {
  requireOpen(state, command);
  const { clusterId, year, viceChairUnitId } = command;
  if (state.chairUnitId === null)
    throw new DomainError<ClusterYearErrorCode>(
      'CHAIR_NOT_APPOINTED',
      `Năm ${year} của Cụm "${clusterId}" chưa có Cụm trưởng: hãy luân phiên Cụm trưởng (rotateChair) trước khi bổ nhiệm Cụm phó.`,
    );
  requireEligibleViceChair(command, state, state.chairUnitId, viceChairUnitId);
  if (viceChairUnitId === state.viceChairUnitId)
    throw new DomainError<ClusterYearErrorCode>('VICE_CHAIR_UNCHANGED', `Đơn vị "${viceChairUnitId}" đã là Cụm phó năm ${year}.`);
  return [{ type: 'ViceChairAppointed', data: { clusterId, year, viceChairUnitId } }];
}

/** The vice-chair is another member than the chair, eligible for review the year before. */
function requireEligibleViceChair(
  command: { clusterId: string; year: number; previousYearIneligibleUnitIds: string[] },
  state: ClusterYearState,
  chairUnitId: string,
  viceChairUnitId: string,
): void {
  if (chairUnitId === viceChairUnitId)
    throw new DomainError<ClusterYearErrorCode>('CHAIR_SAME_AS_VICE_CHAIR', 'Cụm trưởng và Cụm phó phải là hai đơn vị khác nhau.');
  requireMember(state, command, viceChairUnitId, 'VICE_CHAIR_NOT_MEMBER', 'làm Cụm phó');
  if (command.previousYearIneligibleUnitIds.includes(viceChairUnitId))
    throw new DomainError<ClusterYearErrorCode>(
      'VICE_CHAIR_NOT_ELIGIBLE',
      `Đơn vị "${viceChairUnitId}" không đủ điều kiện bình xét năm ${command.year - 1}, nên không thể làm Cụm phó năm ${command.year}.`,
    );
}

export function declareIneligible(command: DeclareIneligible, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, unitId, reason } = command;
  requireMember(state, command, unitId, 'NOT_A_MEMBER', 'bị xét điều kiện bình xét');
  requireText(reason, 'REASON_REQUIRED', 'Phải nêu lý do đơn vị không đủ điều kiện bình xét.');
  if (state.ineligible.has(unitId))
    throw new DomainError<ClusterYearErrorCode>(
      'ALREADY_INELIGIBLE',
      `Đơn vị "${unitId}" đã được ghi nhận không đủ điều kiện năm ${year}.`,
    );
  return [{ type: 'UnitDeclaredIneligible', data: { clusterId, year, unitId, reason } }];
}

const officeName = (office: YearOffice) => (office === 'CHAIR' ? 'Cụm trưởng' : 'Cụm phó');

function requireHeld(state: ClusterYearState, command: { clusterId: string; year: number; office: YearOffice }, before: string): void {
  requireOpen(state, command);
  const { clusterId, year, office } = command;
  if ((office === 'CHAIR' ? state.chairUnitId : state.viceChairUnitId) === null)
    throw new DomainError<ClusterYearErrorCode>(
      'OFFICE_NOT_HELD',
      `Năm ${year} của Cụm "${clusterId}" chưa có ${officeName(office)}: ghi nhận đơn vị giữ chức danh trước khi ${before}.`,
    );
}

export function nameOfficeRepresentative(command: NameOfficeRepresentative, state: ClusterYearState): ClusterYearEvent[] {
  requireHeld(state, command, 'ghi người đại diện');
  const { clusterId, year, office, personId, position } = command;
  if (!command.personRegistered)
    throw new DomainError<ClusterYearErrorCode>(
      'PERSON_NOT_FOUND',
      `Chưa ghi nhận người "${personId}": hãy ghi nhận trước (registerPerson).`,
    );
  return [{ type: 'OfficeRepresentativeNamed', data: { clusterId, year, office, personId, position } }];
}

/** Văn bản chỉ định Cụm trưởng, Cụm phó: the office must be held that year, the document registered. */
export function recordOfficeDesignation(command: RecordOfficeDesignation, state: ClusterYearState): ClusterYearEvent[] {
  requireHeld(state, command, 'ghi văn bản chỉ định');
  const { clusterId, year, office, documentId } = command;
  const designatedOn = partialDate(command.designatedOn, 'chỉ định');
  if (documentId === null && designatedOn === null)
    throw new DomainError<ClusterYearErrorCode>(
      'DESIGNATION_EMPTY',
      `Hãy nêu văn bản chỉ định (documentId) hoặc ngày chỉ định (designatedOn) của ${officeName(office)} năm ${year}.`,
    );
  if (documentId !== null && !command.documentRegistered)
    throw new DomainError<ClusterYearErrorCode>(
      'DOCUMENT_NOT_FOUND',
      `Văn bản "${documentId}" chưa có trong sổ văn bản: hãy vào sổ trước (registerDocument).`,
    );
  return [{ type: 'OfficeDesignationRecorded', data: { clusterId, year, office, documentId, designatedOn } }];
}
