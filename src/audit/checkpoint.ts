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
  /**
   * Set by the upgrade of an older log (`npm run migrate`): the checkpoint this one replaces, which
   * signed the same position's link in the older format. The new signature covers it, so an auditor
   * who kept the old checkpoint can match it to the re-linked log.
   */
  upgradedFrom?: UpgradedCheckpoint;
}

export interface UpgradedCheckpoint {
  headHash: string;
  signedAt: string;
  keyId: string;
  signature: string;
}

export interface SignedCheckpoint extends CheckpointClaim {
  keyId: string;
  /** Ed25519 signature over the RFC 8785 canonical JSON of the claim, base64. */
  signature: string;
}

const payload = ({ position, headHash, signedAt, trigger, upgradedFrom }: CheckpointClaim) =>
  Buffer.from(canonicalize({ position, headHash, signedAt, trigger, ...(upgradedFrom ? { upgradedFrom } : {}) }) ?? '');

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
