import type { FastifyReply } from 'fastify';
import type { ServiceErrorCode } from '../graphql/error-codes';

/** The audit routes' refusals, in the API's error shape. */
export const refuse = (reply: FastifyReply, status: number, code: ServiceErrorCode, message: string, extensions: object = {}) =>
  reply.code(status).send({ errors: [{ message, extensions: { code, ...extensions } }] });

/** A checkpoint revision given by the caller: a whole number from -1 (before the first) up; null when malformed. */
export function revisionCursor(raw: unknown): number | null | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  return typeof raw === 'string' && /^-?\d+$/.test(raw) && value >= -1 ? value : null;
}

/** 400 for a cursor that is not a revision; `what` names where it came from. */
export const badCursor = (reply: FastifyReply, what: string) =>
  refuse(reply, 400, 'BAD_USER_INPUT', `${what} phải là số thứ tự của một điểm kiểm tra (số nguyên từ -1 trở lên).`);

/**
 * 409 for a cursor the log does not hold: said out loud, since a restored or cut log would
 * otherwise number its next checkpoints from where it now ends and the client would skip them.
 */
export function cursorAhead(reply: FastifyReply, after: number, latestRevision: number) {
  const latest = latestRevision < 0 ? 'nhật ký chưa có điểm kiểm tra nào' : `mới nhất là số ${latestRevision}`;
  return refuse(
    reply,
    409,
    'CHECKPOINT_CURSOR_AHEAD',
    `Điểm kiểm tra số ${after} không có trong nhật ký (${latest}): nhật ký có thể đã được khôi phục từ bản sao lưu hoặc bị cắt bớt. ` +
      'Hãy đối chiếu các điểm kiểm tra đã lưu bằng npm run verify -- --checkpoints, rồi đọc lại từ đầu (after=-1).',
    { latestRevision },
  );
}
