import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import type { Actor } from '../kernel/actor';
import { resolveAt } from '../graphql/as-of';
import { authenticate } from './authenticate';
import { AsOfScalar } from '../graphql/as-of-scalar';
import { toCsv } from '../spreadsheets/csv';
import { awardSummaryTable, awardsTable } from '../spreadsheets/award-tables';
import { clusterYearTables, rankingTable, scoreImportTemplate, scoreSheetTable } from '../spreadsheets/report-tables';
import type { Table } from '../spreadsheets/table';
import { toXlsx } from '../spreadsheets/xlsx';
import { XLSX } from './sheet-upload';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const FORMATS = ['xlsx', 'csv'];
/** The award reports span every cluster of a year: their path names nothing else. */
const YEAR_ONLY: PathIds = { valid: true, words: 'năm (số)' };

export type Params = { clusterId: string; year: string; unitId?: string; format: string };
type YearParams = Pick<Params, 'year' | 'format'>;

export const problem = (reply: FastifyReply, status: number, code: string, message: string, extra: object = {}) =>
  reply.code(status).send({ errors: [{ message, extensions: { code, ...extra } }] });

/** What a path must name beside its year and format: whether it does, and how a refusal words it. */
interface PathIds {
  valid: boolean;
  words: string;
}

/** Checks the token, the year, the format and `?asOf=`; answers the refusal itself and returns null when any is wrong. */
async function admit(
  request: FastifyRequest,
  { year, format }: YearParams,
  ids: PathIds,
  reply: FastifyReply,
  verify: Verifier,
  app: Pick<App, 'models' | 'store'>,
  formats: string[],
) {
  let actor: Actor;
  try {
    actor = await authenticate(request.headers.authorization, verify);
  } catch (error) {
    problem(reply, 401, 'UNAUTHENTICATED', (error as GraphQLError).message);
    return null;
  }
  const y = Number(year);
  if (!ids.valid || !Number.isInteger(y) || !formats.includes(format)) {
    problem(
      reply,
      400,
      'BAD_USER_INPUT',
      `Đường dẫn không hợp lệ: cần ${ids.words}, và đuôi ${formats.map((f) => `.${f}`).join(' hoặc ')}.`,
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
  return { actor, year: y, format: format as 'xlsx' | 'csv', at, asOf };
}

/** Checks the token, the path and `?asOf=`; answers the refusal itself and returns null when any is wrong. */
export async function guard(
  request: FastifyRequest,
  params: Params,
  reply: FastifyReply,
  verify: Verifier,
  app: Pick<App, 'models' | 'store'>,
  formats = FORMATS,
) {
  const { clusterId, unitId } = params;
  const ids = {
    valid: ID.test(clusterId) && (unitId === undefined || ID.test(unitId)),
    words: 'mã Cụm, năm (số), mã đơn vị nếu có',
  };
  const admitted = await admit(request, params, ids, reply, verify, app, formats);
  return admitted && { ...admitted, clusterId, unitId };
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
 * sheet, the cluster-year summary, a year's awards and its award summary as .xlsx or .csv
 * (optionally `?asOf=`), the score sheet template. The score sheet import is import-route.ts.
 */
export function registerSpreadsheetRoutes(fastify: FastifyInstance, app: Pick<App, 'models' | 'store'>, verify: Verifier): void {
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

  fastify.get<{ Params: YearParams }>('/exports/awards/:year.:format', async (request, reply) => {
    const ok = await admit(request, request.params, YEAR_ONLY, reply, verify, app, FORMATS);
    if (!ok) return reply;
    return send(reply, [awardsTable(app.models, ok.year, ok.at)], ok.format, `khen-thuong-${ok.year}`);
  });

  fastify.get<{ Params: YearParams }>('/exports/award-summary/:year.:format', async (request, reply) => {
    const ok = await admit(request, request.params, YEAR_ONLY, reply, verify, app, FORMATS);
    if (!ok) return reply;
    return send(reply, [awardSummaryTable(app.models, ok.year, ok.at)], ok.format, `tong-hop-khen-thuong-${ok.year}`);
  });

  fastify.get<{ Params: Params }>('/imports/score-sheet/:clusterId/:year/template.:format', async (request, reply) => {
    const ok = await guard(request, request.params, reply, verify, app);
    if (!ok) return reply;
    const table = scoreImportTemplate(app.models, ok.clusterId, ok.year);
    return send(reply, table && [table], ok.format, `mau-nhap-diem-${ok.clusterId}-${ok.year}`);
  });
}
