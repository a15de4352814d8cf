/** Vai trò của một người trong buổi lễ. */
export enum ParticipantRole {
  /** Chủ trì */
  PRESIDING = 'PRESIDING',
  /** Chỉ đạo (e.g. a Deputy Prosecutor General, a council member) */
  DIRECTING = 'DIRECTING',
  /** Chứng kiến */
  WITNESS = 'WITNESS',
  /** Phát biểu */
  SPEAKER = 'SPEAKER',
  /** Ký giao ước */
  SIGNATORY = 'SIGNATORY',
  /** Dự */
  ATTENDEE = 'ATTENDEE',
}
