import fs from 'node:fs';
import type { SignedCheckpoint } from './checkpoint';

const HASH = /^[0-9a-f]{64}$/;

/**
 * Reads the checkpoints an auditor kept: the body of `GET /audit/checkpoints` (or a list of such
 * bodies), or a plain list of checkpoints as the feed delivers them. Throws, naming the entry,
 * on anything that is not a signed checkpoint.
 */
export function readKeptCheckpoints(file: string): SignedCheckpoint[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  const pages: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  const entries = pages.flatMap((page) =>
    page && typeof page === 'object' && 'checkpoints' in page ? (page as { checkpoints: unknown[] }).checkpoints : [page],
  );
  return entries.map((entry, i) => {
    const checkpoint = entry as SignedCheckpoint;
    if (
      !checkpoint ||
      !Number.isInteger(checkpoint.position) ||
      !HASH.test(String(checkpoint.headHash)) ||
      typeof checkpoint.signature !== 'string' ||
      typeof checkpoint.signedAt !== 'string' ||
      typeof checkpoint.trigger !== 'string'
    )
      throw new Error(`${file}: entry ${i + 1} is not a signed checkpoint (position, headHash, signedAt, trigger, signature)`);
    return checkpoint;
  });
}
