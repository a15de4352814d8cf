import { sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { AuditKey } from './signing-key';

/** The stream signed checkpoints are appended to; they are events of the chained log like any other. */
export const CHECKPOINT_STREAM = 'audit-checkpoints';
export const CHECKPOINT_EVENT = 'CheckpointSigned';

export interface CheckpointClaim {
  /** The position whose link is signed. */
  position: number;
  headHash: string;
  signedAt: string;
  /** Why now: every N events, or a year's finalization. */
  trigger: string;
}

export interface SignedCheckpoint extends CheckpointClaim {
  keyId: string;
  /** Ed25519 signature over the RFC 8785 canonical JSON of the claim, base64. */
  signature: string;
}

const payload = (claim: CheckpointClaim) =>
  Buffer.from(canonicalize({ position: claim.position, headHash: claim.headHash, signedAt: claim.signedAt, trigger: claim.trigger }) ?? '');

export function signCheckpoint(claim: CheckpointClaim, key: AuditKey): SignedCheckpoint {
  return { ...claim, keyId: key.keyId, signature: sign(null, payload(claim), key.privateKey).toString('base64') };
}

export function checkpointSignatureValid(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, payload(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
