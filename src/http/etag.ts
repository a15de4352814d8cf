import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import { authenticate } from '../graphql/authenticate';

/**
 * ETags of GraphQL answers: `"<request>.<position>.<body>"`, from the caller and what was asked,
 * the log position the answer was read at, and the answer itself. A revalidation whose request
 * matches is answered 304 without running the query while the log has not moved; after it moved,
 * the query runs and still answers 304 if what it read gives the same answer.
 */
const hash = (text: string, length: number) => createHash('sha256').update(text).digest('base64url').slice(0, length);

function requestKey(request: FastifyRequest): string {
  const { query, variables, operationName, extensions } = ((request.method === 'GET' ? request.query : request.body) ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? null));
  return hash([request.headers.authorization ?? '', text(query), text(variables), text(operationName), text(extensions)].join('\n'), 16);
}

const READ_AT = Symbol('graphql read at');
type Tagged = FastifyRequest & { [READ_AT]?: { key: string; position: number } };

function parse(header: string | undefined): { key: string; position: number; body: string }[] {
  return (header ?? '')
    .split(',')
    .map((tag) => /^\s*(?:W\/)?"([\w-]+)\.(\d+)\.([\w-]+)"\s*$/.exec(tag))
    .flatMap((match) => (match ? [{ key: match[1], position: Number(match[2]), body: match[3] }] : []));
}

export function registerGraphQLEtags(fastify: FastifyInstance, app: App, verify: Verifier, path: string): void {
  fastify.addHook('preHandler', async (request: Tagged, reply: FastifyReply) => {
    if (request.routeOptions.url !== path || (request.method !== 'GET' && request.method !== 'POST')) return;
    const key = requestKey(request);
    const position = app.runner.checkpoint;
    request[READ_AT] = { key, position };
    const known = parse(request.headers['if-none-match']);
    const same = known.find((tag) => tag.key === key && tag.position === position);
    // Only a caller whose token still holds is told nothing changed; anyone else gets the handler's answer.
    if (same && (await authenticate(request.headers.authorization, verify).then(() => true, () => false)))
      return reply.code(304).header('etag', `"${key}.${position}.${same.body}"`).header('vary', 'authorization').send();
  });

  fastify.addHook('onSend', async (request: Tagged, reply: FastifyReply, payload: unknown) => {
    const read = request[READ_AT];
    // Only query answers carry Cache-Control (set by the GraphQL layer): mutations and errors get no ETag.
    if (!read || reply.statusCode !== 200 || typeof payload !== 'string' || !reply.hasHeader('cache-control')) return payload;
    const body = hash(payload, 22);
    reply.header('etag', `"${read.key}.${read.position}.${body}"`);
    if (!parse(request.headers['if-none-match']).some((tag) => tag.key === read.key && tag.body === body)) return payload;
    reply.code(304);
    return '';
  });
}
