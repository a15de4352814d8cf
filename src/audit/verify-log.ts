import type { KeyObject } from 'node:crypto';
import { ChainVerifier, type ChainBreak } from '../eventstore/chain';
import type { EventStore, RecordedEvent } from '../eventstore/port';
import { eventAt } from '../eventstore/read-positions';
import { CHECKPOINT_EVENT, checkpointSignatureValid, type SignedCheckpoint } from './checkpoint';

/** How many recent links the verifier remembers to check the checkpoints that sign them. */
const RECENT_LINKS = 100_000;

export interface CheckpointProblem {
  position: number;
  message: string;
}

export interface VerificationReport {
  ok: boolean;
  checkedEvents: number;
  head: { position: number; hash: string };
  firstBreak: ChainBreak | null;
  checkpointsVerified: number;
  lastSignedPosition: number | null;
  checkpointProblem: CheckpointProblem | null;
  /** Checkpoints an auditor kept outside the service (given to the verifier) that the log still holds. */
  keptCheckpointsFound: number;
  /** The first kept checkpoint the log no longer holds: cut below it, or rewritten below it. */
  keptCheckpointProblem: CheckpointProblem | null;
}

/**
 * Verifies a log in order: every link (edits, deletions, reordering) and every signed checkpoint
 * (signature with the given public key, and the signed hash equals the link at that position).
 * Stops at the first problem, which it reports with its position.
 */
export async function verifyLog(
  events: AsyncIterable<RecordedEvent>,
  publicKey: KeyObject | null,
  /** A link already trusted (a verified signed checkpoint): verification starts right after it. */
  start?: { position: number; hash: string },
  /**
   * Where to find a link older than the recent ones kept (a checkpoint can land far after the
   * position it signs when its signer followed a busy log): the store the events come from.
   */
  linkAt?: (position: number) => Promise<string | undefined>,
  /**
   * Checkpoints an auditor kept (from `GET /audit/checkpoints` or its feed): each must still be in
   * the log, its signed hash the link at its position. A log cut below one, or rewritten and
   * re-hashed below one, chains correctly on its own and fails here.
   */
  kept: SignedCheckpoint[] = [],
): Promise<VerificationReport> {
  const chain = new ChainVerifier(start);
  const recent = new Map<number, string>(start ? [[start.position, start.hash]] : []);
  let checkpointsVerified = 0;
  let lastSignedPosition: number | null = null;
  let firstBreak: ChainBreak | null = null;
  let checkpointProblem: CheckpointProblem | null = null;
  const keptAt = new Map(kept.map((checkpoint) => [checkpoint.position, checkpoint]));
  let keptCheckpointsFound = 0;
  let keptCheckpointProblem: CheckpointProblem | null =
    kept
      .filter((checkpoint) => publicKey && !checkpointSignatureValid(checkpoint, publicKey))
      .map((checkpoint) => ({
        position: checkpoint.position,
        message: `mốc kiểm toán được lưu giữ ký vị trí ${checkpoint.position} (ký lúc ${checkpoint.signedAt}) không được ký bằng khoá này`,
      }))[0] ?? null;

  for await (const event of events) {
    firstBreak = chain.check(event);
    if (firstBreak) break;
    const keptHere = keptAt.get(event.position);
    if (keptHere && !keptCheckpointProblem) {
      if (keptHere.headHash === event.metadata.hash) keptCheckpointsFound += 1;
      else
        keptCheckpointProblem = {
          position: event.position,
          message: `mắt xích của nhật ký ở vị trí ${event.position} không phải mắt xích mà mốc kiểm toán được lưu giữ (ký lúc ${keptHere.signedAt}) đã ký: nhật ký đã bị viết lại từ vị trí này trở về trước`,
        };
    }
    recent.set(event.position, event.metadata.hash as string);
    if (recent.size > RECENT_LINKS) recent.delete(event.position - RECENT_LINKS);
    if (event.type !== CHECKPOINT_EVENT || !publicKey) continue;
    const checkpoint = event.data as SignedCheckpoint;
    const signed =
      recent.get(checkpoint.position) ??
      (linkAt && checkpoint.position > (start?.position ?? 0) && checkpoint.position <= chain.head.position
        ? await linkAt(checkpoint.position)
        : undefined);
    // Checkpoints land in the log after the position they sign (the checkpointer follows the log),
    // so one signing a position before a trusted start can show up after it: its link was not
    // read here, and the start is vouched for already; its signature is still checked.
    const beforeStart = signed === undefined && start !== undefined && checkpoint.position <= start.position;
    if (!checkpointSignatureValid(checkpoint, publicKey))
      checkpointProblem = { position: event.position, message: `mốc kiểm toán ở vị trí ${event.position} không được ký bằng khoá này` };
    else if (beforeStart) continue;
    else if (signed !== checkpoint.headHash)
      checkpointProblem = {
        position: event.position,
        message: `mốc kiểm toán ở vị trí ${event.position} ký vị trí ${checkpoint.position} với mã băm mà nhật ký không có`,
      };
    if (checkpointProblem) break;
    checkpointsVerified += 1;
    lastSignedPosition = checkpoint.position;
  }
  const beyond = kept.filter((checkpoint) => checkpoint.position > chain.head.position).sort((a, b) => a.position - b.position)[0];
  if (!keptCheckpointProblem && !firstBreak && beyond)
    keptCheckpointProblem = {
      position: beyond.position,
      message: `nhật ký kết thúc ở vị trí ${chain.head.position}, trước vị trí ${beyond.position} mà mốc kiểm toán được lưu giữ (ký lúc ${beyond.signedAt}) đã ký: nhật ký đã bị cắt bớt`,
    };
  return {
    ok: firstBreak === null && checkpointProblem === null && keptCheckpointProblem === null,
    checkedEvents: chain.checked,
    head: chain.head,
    firstBreak,
    checkpointsVerified,
    lastSignedPosition,
    checkpointProblem,
    keptCheckpointsFound,
    keptCheckpointProblem,
  };
}

/** Reads a store's whole log in pages, for the verifier. */
export async function* pagesOf(readAll: (after: number) => Promise<RecordedEvent[]>, from = 0): AsyncIterable<RecordedEvent> {
  let after = from;
  for (;;) {
    const page = await readAll(after);
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1].position;
  }
}

/** Links read back from a store, for `verifyLog`'s `linkAt`. */
export function linksIn(store: Pick<EventStore, 'readAll'>) {
  return async (position: number): Promise<string | undefined> => (await eventAt(store, position))?.metadata.hash as string | undefined;
}
