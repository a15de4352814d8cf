import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AuditKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM of the public key: what the service publishes for auditors. */
  publicKeyPem: string;
  /** SHA-256 of the public key's DER, so a checkpoint names the key that signed it. */
  keyId: string;
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

function fromPrivate(privateKey: KeyObject): AuditKey {
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

/**
 * The service's Ed25519 checkpoint key: kept in the data directory (created on first start,
 * readable by its owner only), or in memory for an in-memory store.
 */
export function loadAuditKey(dataDir: string | null): AuditKey {
  if (dataDir === null) return fromPrivate(generateKeyPairSync('ed25519').privateKey);
  const file = path.join(dataDir, 'audit-signing-key.pem');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    try {
      fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return fromPrivate(createPrivateKey(fs.readFileSync(file, 'utf8')));
}
