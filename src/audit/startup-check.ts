import type { ChainHead } from '../eventstore/chain';
import type { EventStore } from '../eventstore/port';
import { CHECKPOINT_STREAM, checkpointSignatureValid, type SignedCheckpoint } from './checkpoint';
import type { AuditKey } from './signing-key';
import { verifyStore, type VerificationReport } from './verify-log';

export type StartupCheck = { problems: []; verifiedHead: ChainHead } | { problems: string[]; verifiedHead: null };

const failed = (problem: string): StartupCheck => ({ problems: [problem], verifiedHead: null });

/**
 * What the service checks before it accepts writes: the storage's own integrity check, and the
 * audit chain from the last signed checkpoint to the head (the whole log when none was signed
 * yet), so start-up stays quick on a large store. Problems are in words; none means sound, and
 * then `verifiedHead` is where the read models go on verifying the events that follow.
 */
export async function startupCheck(store: EventStore, key: AuditKey): Promise<StartupCheck> {
  // Both run at once (the integrity check in a worker thread); a damaged file explains a failed chain read, so it speaks first.
  const [integrity, chain] = await Promise.allSettled([store.checkIntegrity(), chainFromLastCheckpoint(store, key)]);
  if (integrity.status === 'rejected') throw integrity.reason;
  const damaged = damageIn(integrity.value);
  if (damaged) return failed(damaged);
  if (chain.status === 'rejected') throw chain.reason;
  return chain.value;
}

async function chainFromLastCheckpoint(store: EventStore, key: AuditKey): Promise<StartupCheck> {
  const last = (await store.readStream(CHECKPOINT_STREAM)).at(-1);
  let start: ChainHead | undefined;
  if (last) {
    const checkpoint = last.data as SignedCheckpoint;
    if (!checkpointSignatureValid(checkpoint, key.publicKey))
      return failed(`điểm kiểm tra tại vị trí ${last.position} không khớp khóa ký của dịch vụ`);
    start = { position: checkpoint.position, hash: checkpoint.headHash };
  }
  const report = await verifyStore(store, key.publicKey, { start });
  const problem = problemIn(report);
  return problem ? failed(problem) : { problems: [], verifiedHead: report.head };
}

/** What the storage's own integrity check found, in words; null when nothing. */
export function damageIn(integrityProblems: string[]): string | null {
  return integrityProblems.length > 0 ? `tệp kho dữ liệu bị hỏng (${integrityProblems.slice(0, 3).join('; ')})` : null;
}

/** What a verification found wrong, in the words the service refuses writes with; null when sound. */
export function problemIn(report: VerificationReport): string | null {
  if (report.firstBreak) return `chuỗi kiểm toán bị phá vỡ tại vị trí ${report.firstBreak.position}: ${report.firstBreak.message}`;
  return report.checkpointProblem?.message ?? null;
}
