import { GraphQLError } from 'graphql';
import type { Actor } from '../commands/actor';
import type { Verifier } from '../auth/tokens';

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** The verified caller of an HTTP request, or UNAUTHENTICATED (HTTP 401) saying what to send. */
export async function authenticate(authorization: string | undefined, verify: Verifier): Promise<Actor> {
  const token = bearer(authorization);
  if (!token)
    throw new GraphQLError('Chưa xác thực: gửi kèm header "Authorization: Bearer <token>" (lấy token bằng npm run token).', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  try {
    return await verify(token);
  } catch (error) {
    throw new GraphQLError((error as Error).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}
