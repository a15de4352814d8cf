import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import { FONTS, type FontStyle } from '../reports/fonts';
import { FONT_PATH, toHtml } from '../reports/html';
import { clusterYearDocument } from '../reports/cluster-year-document';
import { certificateDocument, decisionDocument } from '../reports/dossier-decision-documents';
import { memoDocument, printDossier, type DossierContext, type Missing } from '../reports/dossier-documents';
import { rankingDocument, scoreSheetDocument, type Context, type OfficialDocument } from '../reports/official-document';
import { PdfRenderer } from '../reports/pdf-renderer';
import { guard, problem, type Params } from './spreadsheet-routes';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The day a document is dated: the as-of day when one was asked for (a date or a date-time), else today in Vietnam. */
function documentDate(asOf: string | undefined): string {
  if (asOf && /^\d{4}-\d{2}-\d{2}/.test(asOf)) return asOf.slice(0, 10);
  return new Date(Date.now() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

type Guarded = NonNullable<Awaited<ReturnType<typeof guard>>>;
type Build<P> = (ok: Guarded, params: P) => OfficialDocument | Missing;

const CLUSTER_YEAR_MISSING: Missing = {
  code: 'NOT_FOUND',
  message: 'Không có dữ liệu: năm thi đua chưa mở, chưa áp dụng bộ tiêu chí, hoặc đơn vị không thuộc Cụm trong năm này.',
};

type DossierParams = { dossierId: string; itemId?: string };

/**
 * Reports as Vietnamese administrative documents, with the same tokens and `?asOf=` as the
 * spreadsheet exports: `.pdf` (A4, fonts embedded) to file, `.html` as the web page's print page.
 */
export function registerDocumentRoutes(fastify: FastifyInstance, app: Pick<App, 'models' | 'store'>, verify: Verifier): void {
  const pdf = new PdfRenderer();
  fastify.addHook('onClose', () => pdf.close());
  const route = <P extends object>(path: string, checked: (params: P) => Omit<Params, 'format'>, build: Build<P>) => {
    for (const format of ['pdf', 'html'] as const)
      fastify.get<{ Params: P }>(`${path}.${format}`, async (request: FastifyRequest<{ Params: P }>, reply: FastifyReply) => {
        const params = request.params as P;
        const ok = await guard(request, { ...checked(params), format }, reply, verify, app, [format]);
        if (!ok) return reply;
        const document = build(ok, params);
        if ('code' in document) return problem(reply, 404, document.code, document.message);
        if (format === 'html') return reply.type('text/html; charset=utf-8').send(toHtml(document));
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${document.filename}.pdf"`)
          .send(await pdf.render(document));
      });
  };
  const clusterRoute = (path: string, build: (ctx: Context, unitId: string | undefined) => OfficialDocument | null) =>
    route(
      path,
      (params: Omit<Params, 'format'>) => params,
      (ok) =>
        build({ models: app.models, clusterId: ok.clusterId, year: ok.year, at: ok.at, date: documentDate(ok.asOf) }, ok.unitId) ??
        CLUSTER_YEAR_MISSING,
    );
  clusterRoute('/exports/rankings/:clusterId/:year', (ctx) => rankingDocument(ctx));
  clusterRoute('/exports/score-sheet/:clusterId/:year/:unitId', (ctx, unitId) => scoreSheetDocument(ctx, unitId!));
  clusterRoute('/exports/cluster-year/:clusterId/:year', (ctx) => clusterYearDocument(ctx));

  // A dossier's ids pass the same path check as a cluster's; a dossier is read at any year, so none is asked.
  const dossierRoute = (path: string, build: (ctx: DossierContext, params: DossierParams) => OfficialDocument | Missing) =>
    route(
      `/documents/dossiers/:dossierId${path}`,
      ({ dossierId, itemId }: DossierParams) => ({ clusterId: dossierId, year: '0', unitId: itemId }),
      (ok, params) => printDossier(app.models, params.dossierId, ok.at, (ctx) => build(ctx, params)),
    );
  dossierRoute('/memo', memoDocument);
  dossierRoute('/decision', decisionDocument);
  dossierRoute('/certificates/:itemId', (ctx, { itemId }) => certificateDocument(ctx, itemId!));

  fastify.get<{ Params: { style: string } }>(`${FONT_PATH}/:style.ttf`, async (request, reply) => {
    if (!Object.hasOwn(FONTS, request.params.style)) return problem(reply, 404, 'NOT_FOUND', 'Không có phông chữ này.');
    const file = FONTS[request.params.style as FontStyle];
    return reply.type('font/ttf').header('cache-control', 'public, max-age=86400').send(fs.createReadStream(file));
  });
}
