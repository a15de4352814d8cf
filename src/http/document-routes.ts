import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import { FONTS, type FontStyle } from '../reports/fonts';
import { FONT_PATH, toHtml } from '../reports/html';
import { clusterYearDocument } from '../reports/cluster-year-document';
import { rankingDocument, scoreSheetDocument, type OfficialDocument } from '../reports/official-document';
import { PdfRenderer } from '../reports/pdf-renderer';
import { guard, problem, type Params } from './spreadsheet-routes';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The day a document is dated: the as-of day when one was asked for (a date or a date-time), else today in Vietnam. */
function documentDate(asOf: string | undefined): string {
  if (asOf && /^\d{4}-\d{2}-\d{2}/.test(asOf)) return asOf.slice(0, 10);
  return new Date(Date.now() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

type Build = (ctx: Parameters<typeof rankingDocument>[0], unitId: string | undefined) => OfficialDocument | null;

/**
 * Reports as Vietnamese administrative documents, with the same tokens and `?asOf=` as the
 * spreadsheet exports: `.pdf` (A4, fonts embedded) to file, `.html` as the web page's print page.
 */
export function registerDocumentRoutes(fastify: FastifyInstance, app: Pick<App, 'models' | 'store'>, verify: Verifier): void {
  const pdf = new PdfRenderer();
  fastify.addHook('onClose', () => pdf.close());
  const route = (path: string, build: Build) => {
    for (const format of ['pdf', 'html'] as const)
      fastify.get<{ Params: Params }>(`${path}.${format}`, async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
        const ok = await guard(request, { ...request.params, format }, reply, verify, app, [format]);
        if (!ok) return reply;
        const ctx = { models: app.models, clusterId: ok.clusterId, year: ok.year, at: ok.at, date: documentDate(ok.asOf) };
        const document = build(ctx, ok.unitId);
        if (!document)
          return problem(
            reply,
            404,
            'NOT_FOUND',
            'Không có dữ liệu: năm thi đua chưa mở, chưa áp dụng bộ tiêu chí, hoặc đơn vị không thuộc Cụm trong năm này.',
          );
        if (format === 'html') return reply.type('text/html; charset=utf-8').send(toHtml(document));
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${document.filename}.pdf"`)
          .send(await pdf.render(document));
      });
  };
  route('/exports/rankings/:clusterId/:year', (ctx) => rankingDocument(ctx));
  route('/exports/score-sheet/:clusterId/:year/:unitId', (ctx, unitId) => scoreSheetDocument(ctx, unitId!));
  route('/exports/cluster-year/:clusterId/:year', (ctx) => clusterYearDocument(ctx));

  fastify.get<{ Params: { style: string } }>(`${FONT_PATH}/:style.ttf`, async (request, reply) => {
    if (!Object.hasOwn(FONTS, request.params.style)) return problem(reply, 404, 'NOT_FOUND', 'Không có phông chữ này.');
    const file = FONTS[request.params.style as FontStyle];
    return reply.type('font/ttf').header('cache-control', 'public, max-age=86400').send(fs.createReadStream(file));
  });
}
