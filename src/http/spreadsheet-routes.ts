import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import type { Actor } from '../domain/shared/actor';
import { resolveAt } from '../graphql/as-of';
import { authenticate } from './authenticate';
import { correlationIdOf } from './correlation';
import { knownError } from '../graphql/errors';
import { AsOfScalar } from '../graphql/scalars/as-of';
import { toCsv } from '../spreadsheets/csv';
import { clusterYearTables, rankingTable, scoreImportTemplate, scoreSheetTable } from '../spreadsheets/report-tables';
import { DomainError } from '../domain/shared/domain-error';
import { StoreReadOnlyError } from '../eventstore/errors';
import { importScores, mayImportScores } from '../spreadsheets/score-import';
import { SHEET_LIMITS, SheetError } from '../spreadsheets/sheet-limits';
import type { Table } from '../spreadsheets/table';
import { toXlsx } from '../spreadsheets/xlsx';
import { ImportSlots } from './import-slots';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export type Params = { clusterId: string; year: string; unitId?: string; format: string };
type Guarded = NonNullable<Awaited<ReturnType<typeof guard>>>;

export const problem = (reply: FastifyReply, status: number, code: string, message: string, extra: object = {}) =>
  reply.code(status).send({ errors: [{ message, extensions: { code, ...extra } }] });

/** Checks the token, the path and `?asOf=`; answers the refusal itself and returns null when any is wrong. */
export async function guard(
  request: FastifyRequest,
  params: Params,
  reply: FastifyReply,
  verify: Verifier,
  app: Pick<App, 'models' | 'store'>,
  formats = ['xlsx', 'csv'],
) {
  let actor: Actor;
  try {
    actor = await authenticate(request.headers.authorization, verify);
  } catch (error) {
    problem(reply, 401, 'UNAUTHENTICATED', (error as GraphQLError).message);
    return null;
  }
  const { clusterId, year, unitId, format } = params;
  const y = Number(year);
  if (!ID.test(clusterId) || (unitId !== undefined && !ID.test(unitId)) || !Number.isInteger(y) || !formats.includes(format)) {
    problem(
      reply,
      400,
      'BAD_USER_INPUT',
      `Đường dẫn không hợp lệ: cần mã Cụm, năm (số), mã đơn vị nếu có, và đuôi ${formats.map((f) => `.${f}`).join(' hoặc ')}.`,
    );
    return null;
  }
  const asOf = (request.query as { asOf?: string }).asOf;
  let at;
  try {
    at = resolveAt(app, asOf ? AsOfScalar.parseValue(asOf) : null);
  } catch (error) {
    problem(reply, 400, 'BAD_USER_INPUT', (error as GraphQLError).message);
    return null;
  }
  return { actor, clusterId, year: y, unitId, format: format as 'xlsx' | 'csv', at, asOf };
}

async function send(reply: FastifyReply, tables: Table[] | null, format: 'xlsx' | 'csv', filename: string) {
  if (!tables) return problem(reply, 404, 'NOT_FOUND', 'Không có dữ liệu: năm thi đua chưa mở hoặc chưa áp dụng bộ tiêu chí.');
  const disposition = `attachment; filename="${filename}.${format}"`;
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', disposition).send(toCsv(tables));
  return reply
    .type(XLSX)
    .header('content-disposition', disposition)
    .send(await toXlsx(tables));
}

/**
 * Excel in and out, over plain HTTP with the same bearer tokens: the ranking, a unit's score
 * sheet and the cluster-year summary as .xlsx or .csv (optionally `?asOf=`), the score sheet
 * template, and the score sheet import.
 */
export function registerSpreadsheetRoutes(fastify: FastifyInstance, app: Pick<App, 'models' | 'store'>, verify: Verifier): void {
  fastify.addContentTypeParser(
    [XLSX, 'text/csv', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: SHEET_LIMITS.bodyBytes },
    (_req, body, done) => done(null, body),
  );
  const slots = new ImportSlots(SHEET_LIMITS.concurrentImports);
  const admitted = new WeakMap<FastifyRequest, Guarded>();
  fastify.get<{ Params: Params }>('/exports/rankings/:clusterId/:year.:format', async (request, reply) => {
    const ok = await guard(request, request.params, reply, verify, app);
    if (!ok) return reply;
    const table = rankingTable(app.models, ok.clusterId, ok.year, ok.at);
    return send(reply, table && [table], ok.format, `xep-hang-${ok.clusterId}-${ok.year}`);
  });

  fastify.get<{ Params: Params }>('/exports/score-sheet/:clusterId/:year/:unitId.:format', async (request, reply) => {
    const ok = await guard(request, request.params, reply, verify, app);
    if (!ok) return reply;
    const table = scoreSheetTable(app.models, ok.clusterId, ok.year, ok.unitId!, ok.at);
    return send(reply, table && [table], ok.format, `bang-diem-${ok.unitId}-${ok.year}`);
  });

  fastify.get<{ Params: Params }>('/exports/cluster-year/:clusterId/:year.:format', async (request, reply) => {
    const ok = await guard(request, request.params, reply, verify, app);
    if (!ok) return reply;
    return send(reply, clusterYearTables(app.models, ok.clusterId, ok.year, ok.at), ok.format, `tong-hop-${ok.clusterId}-${ok.year}`);
  });

  fastify.get<{ Params: Params }>('/imports/score-sheet/:clusterId/:year/template.:format', async (request, reply) => {
    const ok = await guard(request, request.params, reply, verify, app);
    if (!ok) return reply;
    const table = scoreImportTemplate(app.models, ok.clusterId, ok.year);
    return send(reply, table && [table], ok.format, `mau-nhap-diem-${ok.clusterId}-${ok.year}`);
  });

  fastify.post<{ Params: Params }>(
    '/imports/score-sheet/:clusterId/:year',
    {
      bodyLimit: SHEET_LIMITS.bodyBytes,
      // Everything that can refuse an upload is decided here, before its body is read.
      onRequest: async (request, reply) => {
        const type = request.headers['content-type'] ?? '';
        const ok = await guard(request, { ...request.params, format: type.startsWith('text/csv') ? 'csv' : 'xlsx' }, reply, verify, app);
        if (!ok) return reply;
        if (!mayImportScores(ok.actor, ok.clusterId, ok.year, app.models))
          return problem(
            reply,
            403,
            'FORBIDDEN',
            `Không có quyền: ${ok.actor.role} không được nhập bảng điểm của Cụm "${ok.clusterId}" năm ${ok.year}.`,
          );
        const readOnly = app.store.readOnlyReason;
        if (readOnly) return problem(reply, 503, 'STORE_READ_ONLY', new StoreReadOnlyError(readOnly).message);
        const release = slots.take(ok.actor.id);
        if (release === 'CALLER_BUSY')
          return problem(
            reply,
            429,
            'IMPORT_IN_PROGRESS',
            'Bạn đang có một lần nhập bảng điểm chưa xong; chờ lần đó xong rồi gửi tệp này.',
          );
        if (release === 'FULL')
          return problem(
            reply.header('retry-after', '5'),
            503,
            'IMPORTS_BUSY',
            `Máy chủ đang nhập ${slots.capacity} bảng điểm cùng lúc, mức tối đa; thử lại sau 5 giây.`,
          );
        reply.raw.once('close', release);
        admitted.set(request, ok);
      },
    },
    async (request, reply) => {
      const ok = admitted.get(request)!;
      if (!Buffer.isBuffer(request.body) || request.body.length === 0)
        return problem(reply, 400, 'BAD_USER_INPUT', `Gửi tệp bảng điểm trong thân yêu cầu với Content-Type ${XLSX} hoặc text/csv.`);
      let outcome;
      try {
        const context = { actor: ok.actor, correlationId: correlationIdOf(request.headers['x-correlation-id']) };
        outcome = await importScores(app.store, app.models, context, ok.clusterId, ok.year, request.body, ok.format);
      } catch (error) {
        if (error instanceof SheetError) return problem(reply, error.status, error.code, error.message, error.details);
        const mapped = knownError(error);
        if (!mapped) throw error;
        const status = error instanceof DomainError ? 422 : mapped.code === 'CONCURRENCY_CONFLICT' ? 409 : 503;
        return problem(reply, status, mapped.code, mapped.message, mapped.details);
      }
      if (!outcome.ok) {
        const total = outcome.problems.length;
        const listed = outcome.problems.slice(0, SHEET_LIMITS.listedProblems);
        const more = total > listed.length ? `; liệt kê ${listed.length} dòng đầu` : '';
        return problem(reply, 422, 'INVALID_SHEET', `Không ghi điểm nào: ${total} dòng có lỗi${more}; sửa các dòng này rồi gửi lại.`, {
          rows: listed,
          total,
        });
      }
      return reply.send({ recorded: outcome.recorded, corrected: outcome.corrected, results: outcome.results });
    },
  );
}
