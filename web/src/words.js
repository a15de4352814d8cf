/** The Vietnamese words the page shows for the API's codes. */
export const STAGES = { SELF: 'Tự chấm', CLUSTER: 'Cụm chấm', COUNCIL: 'Hội đồng duyệt' };
export const LEVELS = {
  SUPREME: 'VKSND tối cao',
  SUPREME_DEPARTMENT: 'Đơn vị thuộc VKSND tối cao',
  HIGH: 'VKSND cấp cao',
  PROVINCIAL: 'Cấp tỉnh',
  PROVINCIAL_DEPARTMENT: 'Phòng thuộc VKSND cấp tỉnh',
  DISTRICT: 'Cấp huyện',
  REGIONAL: 'Khu vực',
};
export const AWARD_STATUS = { PROPOSED: 'Đã đề nghị', DECIDED: 'Đã quyết định', REVOKED: 'Đã thu hồi' };
export const ACTOR_ROLES = {
  ADMIN: 'Quản trị',
  COUNCIL: 'Hội đồng Thi đua – Khen thưởng',
  CLUSTER_OFFICER: 'Cán bộ Cụm',
  UNIT_OFFICER: 'Cán bộ đơn vị',
  AUDITOR: 'Kiểm tra viên',
};

/** Cụm trưởng/Cụm phó for a cluster, Khối trưởng/Khối phó for a bloc (kind BLOC). */
export function officeWords(clusterKind) {
  const group = clusterKind === 'BLOC' ? 'Khối' : 'Cụm';
  return { CHAIR: `${group} trưởng`, VICE_CHAIR: `${group} phó`, MEMBER: 'Thành viên', group };
}
