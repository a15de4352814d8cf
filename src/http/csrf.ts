import type { FastifyInstance } from 'fastify';
import { MISSING_TOKEN } from './authenticate';
import { graphqlError } from './hardening';
import { asksForPage } from './ide';

/**
 * Whether a request to the GraphQL route may be a cross-site request forgery. This API has no
 * ambient credentials (no cookies, no HTTP authentication challenge): a browser never attaches an
 * Authorization header by itself, and a page on another site cannot set one on a request without a
 * CORS preflight, nor fill it without the user's token. So a request with the header is safe
 * whatever its method or content type (a GET needs no `apollo-require-preflight`); one without it
 * is what a forged request looks like.
 */
export function mayBeForged(headers: { authorization?: string }): boolean {
  return headers.authorization === undefined;
}

/**
 * The one CSRF decision for every GraphQL request, before an answer is run by Apollo or given from
 * those kept. A request without a token is refused as unauthenticated (401), which is what it would
 * be told past this check too; a body Fastify could not take is refused before, as it always was.
 */
export function refuseForgeable(fastify: FastifyInstance, path: string): void {
  fastify.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== path || asksForPage(request) || !mayBeForged(request.headers)) return;
    return reply.code(401).send(graphqlError(MISSING_TOKEN, 'UNAUTHENTICATED'));
  });
}
