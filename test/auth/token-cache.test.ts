import { createVerifier, signLocalToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { Role } from '../../src/kernel/actor';

describe('token verification', () => {
  const config = loadConfig({ THIDUA_STORE: 'sqlite::memory:' });

  it('answers a token it verified before without verifying again, but never past its expiry', async () => {
    const verify = await createVerifier(config.auth);
    // Expiry is counted in whole seconds from a second that has already begun: a token of 3 s lives
    // 2 to 3 s, long enough for the first two answers on a busy machine, and 3.1 s later it is past.
    const token = await signLocalToken(config.auth, 'can-bo-1', { role: Role.AUDITOR }, '3s');
    const first = await verify(token);
    expect(await verify(token)).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 3100));
    await expect(verify(token)).rejects.toMatchObject({ message: expect.stringContaining('token không hợp lệ') });
  });

  it('does not take a token differing by one character for one it knows', async () => {
    const verify = await createVerifier(config.auth);
    const token = await signLocalToken(config.auth, 'can-bo-2', { role: Role.AUDITOR }, '1h');
    await verify(token);
    const forged = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);
    await expect(verify(forged)).rejects.toMatchObject({ message: expect.stringContaining('token không hợp lệ') });
  });
});
