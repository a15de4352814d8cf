import { CLOCK_SKEW_SECONDS, createVerifier, signLocalToken } from '../../src/auth/tokens';
import { Role } from '../../src/kernel/actor';
import { loadConfig } from '../../src/config';
import { authenticate } from '../../src/http/authenticate';

describe('token lifetime: a correctly signed token from a wrong clock or for too long is refused', () => {
  const config = loadConfig({ THIDUA_STORE: 'sqlite::memory:' });
  const now = () => Math.floor(Date.now() / 1000);
  const refusal = async (token: string, verify = createVerifier(config.auth)) =>
    (await authenticate(`Bearer ${token}`, await verify).catch((error: unknown) => error)) as {
      message: string;
      extensions: Record<string, unknown>;
    };

  it('refuses a token issued in the future beyond the clock skew: UNAUTHENTICATED, reason TOKEN_ISSUED_IN_FUTURE', async () => {
    const error = await refusal(
      await signLocalToken(config.auth, 'can-bo', { role: Role.AUDITOR }, '2h', now() + CLOCK_SKEW_SECONDS + 300),
    );
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_ISSUED_IN_FUTURE', http: { status: 401 } });
    expect(error.message).toMatch(/thời điểm cấp \(iat\) ở tương lai/);
  });

  it('accepts a token whose issuer clock runs ahead within the skew', async () => {
    const verify = await createVerifier(config.auth);
    const token = await signLocalToken(config.auth, 'can-bo', { role: Role.AUDITOR }, '2h', now() + CLOCK_SKEW_SECONDS / 2);
    expect((await verify(token)).actor.id).toBe('can-bo');
  });

  it('refuses a token living longer than the maximum (12 h by default): reason TOKEN_LIFETIME_TOO_LONG', async () => {
    const error = await refusal(await signLocalToken(config.auth, 'can-bo', { role: Role.AUDITOR }, '13h'));
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_LIFETIME_TOO_LONG' });
    expect(error.message).toMatch(/780 phút, vượt mức tối đa 720 phút/);
    const verify = await createVerifier(config.auth);
    expect((await verify(await signLocalToken(config.auth, 'can-bo', { role: Role.AUDITOR }, '11h'))).actor.id).toBe('can-bo');
  });

  it('takes the maximum from THIDUA_JWT_MAX_LIFETIME_MINUTES', async () => {
    const short = loadConfig({ THIDUA_STORE: 'sqlite::memory:', THIDUA_JWT_MAX_LIFETIME_MINUTES: '30' });
    const error = await refusal(await signLocalToken(short.auth, 'can-bo', { role: Role.AUDITOR }, '1h'), createVerifier(short.auth));
    expect(error.extensions).toMatchObject({ reason: 'TOKEN_LIFETIME_TOO_LONG' });
  });
});
