import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { errorCodes, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import { DomainError } from '../kernel/domain-error';
import { StoreReadOnlyError } from '../eventstore/errors';
import { knownError } from '../graphql/errors';
import { ID_MESSAGE, ID_PATTERN } from '../graphql/validation';
import { importScores, mayImportScores, type ImportOutcome } from '../spreadsheets/score-import';
import { SHEET_LIMITS, SheetError } from '../spreadsheets/sheet-limits';
import { correlationIdOf } from './correlation';
import { ImportSlots, type ImportSlot } from './import-slots';
import { openBody, sheetUpload, UPLOAD_TYPES, XLSX } from './sheet-upload';
import { guard, problem, type Params } from './spreadsheet-routes';

type Admitted = NonNullable<Awaited<ReturnType<typeof guard>>> & { slot: ImportSlot; commandId: string; correlationId: string };

/** Everything that can refuse an upload before its body is read: the token, the path, the right to score, a writable store, the command id, a free place. */
async function admit(
  request: FastifyRequest<{ Params: Params }>,
  reply: FastifyReply,
  app: Pick<App, 'models' | 'store'>,
  verify: Verifier,
  slots: ImportSlots,
) {
  const type = request.headers['content-type'] ?? '';
  const ok = await guard(request, { ...request.params, format: type.startsWith('text/csv') ? 'csv' : 'xlsx' }, reply, verify, app);
  if (!ok) return null;
  if (!mayImportScores(ok.actor, ok.clusterId, ok.year, app.models))
    return problem(
      reply,
      403,
      'FORBIDDEN',
      `Không có quyền: ${ok.actor.role} không được nhập bảng điểm của Cụm "${ok.clusterId}" năm ${ok.year}.`,
    );
  const readOnly = app.store.readOnlyReason;
  if (readOnly) return problem(reply, 503, 'STORE_READ_ONLY', new StoreReadOnlyError(readOnly).message);
  const commandId = (request.query as { commandId?: string }).commandId ?? randomUUID();
  if (!ID_PATTERN.test(commandId)) return problem(reply, 400, 'BAD_USER_INPUT', `${ID_MESSAGE.replace('$property', 'commandId')}.`);
  // The id the request's log lines and answer carry (set by the server's first hook).
  const correlationId = (request as { correlationId?: string }).correlationId ?? correlationIdOf(request.headers['x-correlation-id']);
  const caller = { callerId: ok.actor.id, correlationId, requestId: request.id };
  const slot = slots.take(caller, (listener) => reply.raw.once('close', listener));
  if (slot === 'CALLER_BUSY')
    return problem(reply, 429, 'IMPORT_IN_PROGRESS', 'Bạn đang có một lần nhập bảng điểm chưa xong; chờ lần đó xong rồi gửi tệp này.');
  if (slot === 'FULL')
    return problem(
      reply.header('retry-after', '5'),
      503,
      'IMPORTS_BUSY',
      `Máy chủ đang nhập ${slots.capacity} bảng điểm cùng lúc, mức tối đa; thử lại sau 5 giây.`,
    );
  return { ...ok, slot, commandId, correlationId };
}

function answer(reply: FastifyReply, outcome: ImportOutcome) {
  if (outcome.ok) {
    const { ok: _ok, ...recorded } = outcome;
    return reply.send(recorded);
  }
  const total = outcome.problems.length;
  const listed = outcome.problems.slice(0, SHEET_LIMITS.listedProblems);
  const more = total > listed.length ? `; liệt kê ${listed.length} dòng đầu` : '';
  return problem(reply, 422, 'INVALID_SHEET', `Không ghi điểm nào: ${total} dòng có lỗi${more}; sửa các dòng này rồi gửi lại.`, {
    rows: listed,
    total,
  });
}

function refusal(reply: FastifyReply, error: unknown) {
  if (error instanceof SheetError) return problem(reply, error.status, error.code, error.message, error.details);
  const mapped = knownError(error);
  if (!mapped) throw error;
  const status = error instanceof DomainError ? 422 : mapped.code === 'CONCURRENCY_CONFLICT' ? 409 : 503;
  return problem(reply, status, mapped.code, mapped.message, mapped.details);
}

const cancelled = (reply: FastifyReply) =>
  problem(
    reply.header('retry-after', '5'),
    503,
    'IMPORT_CANCELLED_SHUTDOWN',
    'Máy chủ đang dừng nên đã hủy lần nhập bảng điểm này trước khi ghi: không có điểm nào của tệp được ghi. Gửi lại tệp sau ít giây.',
  );

async function runImport(request: FastifyRequest, reply: FastifyReply, app: Pick<App, 'models' | 'store'>, ok: Admitted) {
  const { slot } = ok;
  if (!(request.body instanceof Readable) || request.headers['content-length'] === '0')
    return problem(
      reply,
      400,
      'BAD_USER_INPUT',
      `Gửi tệp bảng điểm trong thân yêu cầu với Content-Type ${XLSX} hoặc text/csv, hoặc trong một biểu mẫu multipart/form-data.`,
    );
  const ended = slot.begin();
  // With the request's own line at its end, the log shows which imports were running at any moment (a stop names those it abandons).
  request.log.info({ callerId: ok.actor.id, commandId: ok.commandId }, 'score sheet import started');
  const body = openBody(request.body);
  try {
    const upload = await sheetUpload(body.chunks, request.headers['content-type'] ?? '', slot.signal);
    const context = { actor: ok.actor, correlationId: ok.correlationId, commandId: ok.commandId, causationId: ok.commandId };
    const sheet = { clusterId: ok.clusterId, year: ok.year };
    return answer(reply, await importScores(app.store, app.models, context, sheet, upload, slot.signal));
  } catch (error) {
    if (!slot.signal.aborted || error !== slot.signal.reason) return refusal(reply, error);
    slot.abandoned();
    return cancelled(reply);
  } finally {
    body.release();
    ended();
  }
}

/**
 * The score sheet import, `POST /imports/score-sheet/:clusterId/:year` (optionally
 * `?commandId=`): the file as the body, or in a form. The body is read as it arrives, never
 * buffered by the server before the sheet reader sees it; its own content-type parsers stay in
 * this route's scope. Answers the places imports run in, for the stop to drain.
 */
export function registerImportRoute(fastify: FastifyInstance, app: Pick<App, 'models' | 'store'>, verify: Verifier): ImportSlots {
  const slots = new ImportSlots(SHEET_LIMITS.concurrentImports);
  const admitted = new WeakMap<FastifyRequest, Admitted>();
  void fastify.register(async (scope) => {
    scope.addContentTypeParser(UPLOAD_TYPES, (request, payload, done) => {
      // An announced length over the limit is refused before any byte is read.
      if (Number(request.headers['content-length']) > SHEET_LIMITS.bodyBytes)
        return done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
      done(null, payload);
    });
    scope.post<{ Params: Params }>(
      '/imports/score-sheet/:clusterId/:year',
      {
        bodyLimit: SHEET_LIMITS.bodyBytes,
        onRequest: async (request, reply) => {
          const ok = await admit(request, reply, app, verify, slots);
          if (ok && 'slot' in ok) admitted.set(request, ok);
          else return reply;
        },
      },
      (request, reply) => runImport(request, reply, app, admitted.get(request)!),
    );
  });
  return slots;
}
