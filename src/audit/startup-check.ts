import type { EventStore } from '../eventstore/port';
import { CHECKPOINT_STREAM, checkpointSignatureValid, type SignedCheckpoint } from './checkpoint';
import type { AuditKey } from './signing-key';
import { pagesOf, verifyLog } from './verify-log';

/**
 * What the service checks before it accepts writes: the storage's own integrity check, and the
 * audit chain from the last signed checkpoint to the head (the whole log when none was signed
 * yet), so start-up stays quick on a large store. Returns the problems, in words; none means sound.
 */
export async function startupProblems(store: EventStore, key: AuditKey): Promise<string[]> {
  const integrity = await store.checkIntegrity();
  if (integrity.length > 0) return [`tệp kho dữ liệu bị hỏng (${integrity.slice(0, 3).join('; ')})`];
  const last = (await store.readStream(CHECKPOINT_STREAM)).at(-1);
  let start: { position: number; hash: string } | undefined;
  if (last) {
    const checkpoint = last.data as SignedCheckpoint;
    if (!checkpointSignatureValid(checkpoint, key.publicKey))
      return [`điểm kiểm tra tại vị trí ${last.position} không khớp khóa ký của dịch vụ`];
    start = { position: checkpoint.position, hash: checkpoint.headHash };
  }
  const report = await verifyLog(pagesOf((after) => store.readAll({ after, maxCount: 5000 }), start?.position ?? 0), key.publicKey, start);
  if (report.firstBreak) return [`chuỗi kiểm toán bị phá vỡ tại vị trí ${report.firstBreak.position}: ${report.firstBreak.message}`];
  if (report.checkpointProblem) return [report.checkpointProblem.message];
  return [];
}
