import fs from 'node:fs';
import path from 'node:path';
import type { webcrypto } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export type CryptoKey = webcrypto.CryptoKey;

export interface LocalKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  kid: string;
}

const memoryKeys = new Map<string, Promise<LocalKey>>();

async function fromJwk(jwk: JWK): Promise<LocalKey> {
  const { d: _private, ...publicJwk } = jwk;
  return {
    privateKey: (await importJWK(jwk, 'EdDSA')) as CryptoKey,
    publicKey: (await importJWK(publicJwk, 'EdDSA')) as CryptoKey,
    kid: jwk.kid ?? 'local',
  };
}

async function create(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  return { ...(await exportJWK(privateKey)), alg: 'EdDSA', kid: `local-${Date.now().toString(36)}` };
}

/**
 * The development signing key: an Ed25519 key kept in the data directory (created on first use,
 * readable by its owner only), so `npm run token` mints tokens the local server accepts. With an
 * in-memory store there is no directory, and the key lives as long as the process.
 */
export function localKey(file: string | null): Promise<LocalKey> {
  const id = file ?? ':memory:';
  let key = memoryKeys.get(id);
  if (!key) {
    key = (async () => {
      if (file === null) return fromJwk(await create());
      if (!fs.existsSync(file)) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const jwk = await create();
        // wx: two processes starting at once must not overwrite each other's key.
        try {
          fs.writeFileSync(file, JSON.stringify(jwk, null, 2), { mode: 0o600, flag: 'wx' });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
      return fromJwk(JSON.parse(fs.readFileSync(file, 'utf8')) as JWK);
    })();
    memoryKeys.set(id, key);
  }
  return key;
}
