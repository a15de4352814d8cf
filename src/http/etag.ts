import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app';
import type { Verifier } from '../auth/tokens';
import { authenticate } from './authenticate';
import { MIN_POSITION_HEADER } from './min-position';
import { preferredEncoding } from './accept-encoding';
import { ANSWER_VARY, IMMUTABLE_CACHE_CONTROL, PRESENT_CACHE_CONTROL } from './history-cache-control';
import { KeptAnswer, KeptAnswers } from './kept-answers';

/**
 * ETags of GraphQL answers: `"<request>.<position>.<body>"`, from the caller and what was asked,
 * the log position the answer was read at, and the answer itself. A revalidation whose request
 * matches is answered 304 without running the query while the log has not moved; after it moved,
 * the query runs and still answers 304 if what it read gives the same answer. The body is hashed
 * once per request and position (when the answer is kept), never per answer sent. A compressed
 * answer carries the tag weak (`W/`), as the same tag may not name two byte sequences.
 */
const hash = (text: string, length: number) => createHash('sha256').update(text).digest('base64url').slice(0, length);

/**
 * Everything of a request that Apollo's answer depends on: the caller, what was asked, and the
 * headers it negotiates by (Accept chooses the content type or a 406; a GET's Content-Type may be
 * refused), so a kept answer is only ever the one Apollo gave to the same request.
 */
function requestKey(request: FastifyRequest): string {
  const { query, variables, operationName, extensions } = ((request.method === 'GET' ? request.query : request.body) ?? {}) as Record<
    string,
    unknown
  >;
  const { authorization = '', accept = '', 'content-type': contentType = '' } = request.headers;
  const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? null));
  return hash([authorization, accept, contentType, text(query), text(variables), text(operationName), text(extensions)].join('\n'), 16);
}

const READ_AT = Symbol('graphql read at');
type Tagged = FastifyRequest & { [READ_AT]?: { key: string; position: number; kept?: string } };

function parse(header: string | undefined): { key: string; position: number; body: string }[] {
  return (header ?? '')
    .split(',')
    .map((tag) => /^\s*(?:W\/)?"([\w-]+)\.(\d+)\.([\w-]+)"\s*$/.exec(tag))
    .flatMap((match) => (match ? [{ key: match[1], position: Number(match[2]), body: match[3] }] : []));
}

/** The log position a caller's query must wait for (its own last write, or the one it names); throws on a malformed header. */
export type MustSee = (actorId: string, minPositionHeader: string | undefined) => number;

/**
 * ETags and 304s for GraphQL answers, and answers kept by request until the log moves (returned, for
 * the metrics). Both shortcuts answer without running the query, so they are taken only for a caller
 * whose token holds and who waits for no write the read models have not applied yet.
 */
export function registerGraphQLEtags(
  fastify: FastifyInstance,
  app: Pick<App, 'runner'>,
  verify: Verifier,
  mustSee: MustSee,
  path: string,
): KeptAnswers {
  const kept = new KeptAnswers();
  const mayShortcut = async (request: FastifyRequest, position: number) => {
    try {
      const actor = await authenticate(request.headers.authorization, verify);
      return mustSee(actor.id, request.headers[MIN_POSITION_HEADER] as string | undefined) <= position;
    } catch {
      return false;
    }
  };

  fastify.addHook('preHandler', async (request: Tagged, reply: FastifyReply) => {
    if (request.routeOptions.url !== path || (request.method !== 'GET' && request.method !== 'POST')) return;
    const key = requestKey(request);
    const position = app.runner.processedPosition;
    request[READ_AT] = { key, position };
    const same = parse(request.headers['if-none-match']).find((tag) => tag.key === key && tag.position === position);
    const answer = kept.get(key, position);
    if ((!same && !answer) || !(await mayShortcut(request, position))) return;
    reply.header('vary', ANSWER_VARY);
    if (same) return reply.code(304).header('etag', `"${key}.${position}.${same.body}"`).send();
    request[READ_AT] = { key, position, kept: answer!.hash };
    const { bytes, encoding } = await answer!.bytesFor(preferredEncoding(request.headers['accept-encoding']));
    reply.header('vary', `${ANSWER_VARY}, accept-encoding`);
    if (encoding) reply.header('content-encoding', encoding);
    return reply.type(answer!.contentType).header('cache-control', answer!.cacheControl).send(bytes);
  });

  fastify.addHook('onSend', async (request: Tagged, reply: FastifyReply, payload: unknown) => {
    const read = request[READ_AT];
    // Only query answers carry Cache-Control (set by the GraphQL layer): mutations and errors get no ETag.
    const answered = typeof payload === 'string' || Buffer.isBuffer(payload);
    if (!read || reply.statusCode !== 200 || !answered || !reply.hasHeader('cache-control')) return payload;
    const body = read.kept ?? hash(payload as string, 22);
    reply.header('etag', `${reply.hasHeader('content-encoding') ? 'W/' : ''}"${read.key}.${read.position}.${body}"`);
    let sent = payload;
    // Answers are kept for the same request until the log moves.
    const cacheControl = reply.getHeader('cache-control');
    if (!read.kept && (cacheControl === PRESENT_CACHE_CONTROL || cacheControl === IMMUTABLE_CACHE_CONTROL)) {
      const answer = new KeptAnswer(Buffer.from(payload as string), body, String(reply.getHeader('content-type')), cacheControl);
      kept.keep(read.key, read.position, answer);
      sent = answer.body;
    }
    if (!parse(request.headers['if-none-match']).some((tag) => tag.key === read.key && tag.body === body)) return sent;
    reply.code(304).removeHeader('content-encoding');
    return '';
  });
  return kept;
}
