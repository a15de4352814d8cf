import { GraphQLError } from 'graphql';
import type { Actor } from '../domain/shared/actor';
import type { AuthenticationFailed, Verifier } from '../auth/tokens';

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}

export const MISSING_TOKEN = 'Chưa xác thực: gửi kèm header "Authorization: Bearer <token>" (lấy token bằng npm run token).';

/** The verified caller of an HTTP request, or UNAUTHENTICATED (HTTP 401) saying what to send. */
export async function authenticate(authorization: string | undefined, verify: Verifier): Promise<Actor> {
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
