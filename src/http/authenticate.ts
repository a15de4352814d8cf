import { GraphQLError } from 'graphql';
import type { Actor } from '../kernel/actor';
import type { AuthenticationFailed, Verifier, VerifiedToken } from '../auth/tokens';

/**
 * The token of an `Authorization: Bearer <token>` value, or null: the one reading of it, for HTTP
 * headers and WebSocket `connection_init` alike. The scheme in any case, one or more spaces or tabs,
 * then a token68 (RFC 9110); spaces or tabs around the whole are ignored.
 */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^[ \t]*Bearer[ \t]+([\w\-.~+/]+=*)[ \t]*$/i.exec(authorization ?? '');
  return match ? match[1] : null;
}

export const MISSING_TOKEN = 'Chưa xác thực: gửi kèm header "Authorization: Bearer <token>" (lấy token bằng npm run token).';

/** The verified token of a request or socket, or UNAUTHENTICATED (HTTP 401) saying what to send. */
export async function verifiedToken(authorization: string | undefined, verify: Verifier): Promise<VerifiedToken> {
  const token = bearerToken(authorization);
  if (!token)
    throw new GraphQLError(MISSING_TOKEN, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  try {
    return await verify(token);
  } catch (error) {
    const { message, reason } = error as AuthenticationFailed;
    throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', ...(reason ? { reason } : {}), http: { status: 401 } } });
  }
}

/** The verified caller of an HTTP request, or UNAUTHENTICATED (HTTP 401) saying what to send. */
export async function authenticate(authorization: string | undefined, verify: Verifier): Promise<Actor> {
  return (await verifiedToken(authorization, verify)).actor;
}
