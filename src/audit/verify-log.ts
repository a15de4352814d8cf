import type { KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { ChainVerifier, type ChainBreak, type ChainHead } from '../eventstore/chain';
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

type LinkAt = (position: number) => Promise<string | undefined>;

/**
 * The signed checkpoints and the kept ones, met in log order beside the chain: what both ways of
 * verifying (events read in order, or a store's own scan) check the same way.
 */
class Checkpoints {
  checkpointsVerified = 0;
  lastSignedPosition: number | null = null;
  checkpointProblem: CheckpointProblem | null = null;
  keptCheckpointsFound = 0;
  keptCheckpointProblem: CheckpointProblem | null;
  private readonly keptAt: Map<number, SignedCheckpoint>;
  /** Kept checkpoints whose link differs, until an upgraded checkpoint in the log vouches for them (see `upgradedFrom`). */
  private readonly unmatched = new Map<number, CheckpointProblem>();

  constructor(
    private readonly publicKey: KeyObject | null,
    private readonly start: ChainHead | undefined,
    private readonly kept: SignedCheckpoint[],
  ) {
    this.keptAt = new Map(kept.map((checkpoint) => [checkpoint.position, checkpoint]));
    this.keptCheckpointProblem =
      kept
        .filter((checkpoint) => publicKey && !checkpointSignatureValid(checkpoint, publicKey))
        .map((checkpoint) => ({
          position: checkpoint.position,
          message: `mốc kiểm toán được lưu giữ ký vị trí ${checkpoint.position} (ký lúc ${checkpoint.signedAt}) không được ký bằng khoá này`,
        }))[0] ?? null;
  }

  get keptPositions(): number[] {
    return [...this.keptAt.keys()];
  }

  /** A verified link: the kept checkpoint at its position, if any, must sign it. */
  link(position: number, hash: string): void {
    const keptHere = this.keptAt.get(position);
    if (!keptHere || this.keptCheckpointProblem) return;
    if (keptHere.headHash === hash) this.keptCheckpointsFound += 1;
    else
      this.unmatched.set(position, {
        position,
        message: `mắt xích của nhật ký ở vị trí ${position} không phải mắt xích mà mốc kiểm toán được lưu giữ (ký lúc ${keptHere.signedAt}) đã ký: nhật ký đã bị viết lại từ vị trí này trở về trước`,
      });
  }

  /**
   * A kept checkpoint from before an upgrade matches when a checkpoint of the log, verified and
   * signed with the key, names it in `upgradedFrom`: the same position, old link and signature.
   */
  private matchUpgraded(checkpoint: SignedCheckpoint): void {
    const old = checkpoint.upgradedFrom;
    const keptHere = this.keptAt.get(checkpoint.position);
    if (!old || !keptHere || !this.unmatched.has(checkpoint.position)) return;
    if (keptHere.headHash !== old.headHash || keptHere.signature !== old.signature) return;
    this.unmatched.delete(checkpoint.position);
    this.keptCheckpointsFound += 1;
  }

  /**
   * A verified checkpoint event at `position`; `linkAt` finds the link it signs. False when it
   * does not hold: verification stops there.
   */
  async checkpoint(position: number, checkpoint: SignedCheckpoint, linkAt: LinkAt | undefined): Promise<boolean> {
    if (!this.publicKey) return true;
    const { start } = this;
    const signed =
      checkpoint.position === start?.position
        ? start.hash
        : linkAt && checkpoint.position > (start?.position ?? 0) && checkpoint.position <= position
          ? await linkAt(checkpoint.position)
          : undefined;
    // Checkpoints land in the log after the position they sign (the checkpointer follows the log),
    // so one signing a position before a trusted start can show up after it: its link was not
    // read here, and the start is vouched for already; its signature is still checked.
    const beforeStart = signed === undefined && start !== undefined && checkpoint.position <= start.position;
    if (!checkpointSignatureValid(checkpoint, this.publicKey))
      this.checkpointProblem = { position, message: `mốc kiểm toán ở vị trí ${position} không được ký bằng khoá này` };
    else if (beforeStart) return true;
    else if (signed !== checkpoint.headHash)
      this.checkpointProblem = {
        position,
        message: `mốc kiểm toán ở vị trí ${position} ký vị trí ${checkpoint.position} với mã băm mà nhật ký không có`,
      };
    if (this.checkpointProblem) return false;
    this.matchUpgraded(checkpoint);
    this.checkpointsVerified += 1;
    this.lastSignedPosition = checkpoint.position;
    return true;
  }

  report(chain: { checked: number; head: ChainHead; firstBreak: ChainBreak | null }): VerificationReport {
    this.keptCheckpointProblem ??= [...this.unmatched.values()].sort((a, b) => a.position - b.position)[0] ?? null;
    const beyond = this.kept.filter((checkpoint) => checkpoint.position > chain.head.position).sort((a, b) => a.position - b.position)[0];
    if (!this.keptCheckpointProblem && !chain.firstBreak && beyond)
      this.keptCheckpointProblem = {
        position: beyond.position,
        message: `nhật ký kết thúc ở vị trí ${chain.head.position}, trước vị trí ${beyond.position} mà mốc kiểm toán được lưu giữ (ký lúc ${beyond.signedAt}) đã ký: nhật ký đã bị cắt bớt`,
      };
    return {
      ok: chain.firstBreak === null && this.checkpointProblem === null && this.keptCheckpointProblem === null,
      checkedEvents: chain.checked,
      head: chain.head,
      firstBreak: chain.firstBreak,
      checkpointsVerified: this.checkpointsVerified,
      lastSignedPosition: this.lastSignedPosition,
      checkpointProblem: this.checkpointProblem,
      keptCheckpointsFound: this.keptCheckpointsFound,
      keptCheckpointProblem: this.keptCheckpointProblem,
    };
  }
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
  start?: ChainHead,
  /**
   * Where to find a link older than the recent ones kept (a checkpoint can land far after the
   * position it signs when its signer followed a busy log): the store the events come from.
   */
  linkAt?: LinkAt,
  /**
   * Checkpoints an auditor kept (from `GET /audit/checkpoints` or its feed): each must still be in
   * the log, its signed hash the link at its position. A log cut below one, or rewritten and
   * re-hashed below one, chains correctly on its own and fails here.
   */
  kept: SignedCheckpoint[] = [],
): Promise<VerificationReport> {
  const chain = new ChainVerifier(start);
  const checkpoints = new Checkpoints(publicKey, start, kept);
  const recent = new Map<number, string>();
  const recentOrOlder: LinkAt = async (position) => recent.get(position) ?? (linkAt ? linkAt(position) : undefined);
  let firstBreak: ChainBreak | null = null;
  for await (const event of events) {
    firstBreak = chain.check(event);
    if (firstBreak) break;
    checkpoints.link(event.position, event.metadata.hash as string);
    recent.set(event.position, event.metadata.hash as string);
    if (recent.size > RECENT_LINKS) recent.delete(event.position - RECENT_LINKS);
    if (event.type === CHECKPOINT_EVENT && !(await checkpoints.checkpoint(event.position, event.data as SignedCheckpoint, recentOrOlder)))
      break;
  }
  return checkpoints.report({ checked: chain.checked, head: chain.head, firstBreak });
}

/**
 * Verifies a store's log as `verifyLog` does, through the store's own scan of its stored bytes
 * when it has one (across `workers` threads; 0 on this one), else by reading its events in order.
 */
export async function verifyStore(
  store: EventStore,
  publicKey: KeyObject | null,
  options: {
    start?: ChainHead;
    kept?: SignedCheckpoint[];
    workers?: number;
    /** How to read a page of events after a position, for a store without its own scan. */
    readPage?: (after: number) => Promise<RecordedEvent[]>;
  } = {},
): Promise<VerificationReport> {
  const { start, kept = [], readPage = (after) => store.readAll({ after, maxCount: 5000 }) } = options;
  if (!store.scanChain) return verifyLog(pagesOf(readPage, start?.position ?? 0), publicKey, start, linksIn(store), kept);
  const checkpoints = new Checkpoints(publicKey, start, kept);
  const scan = await store.scanChain({
    start,
    checkpointType: CHECKPOINT_EVENT,
    keptPositions: checkpoints.keptPositions,
    workers: options.workers ?? availableParallelism(),
  });
  const links = new Map(scan.links);
  // In log order, as verifyLog meets them: the first checkpoint that does not hold ends the
  // verification there, before any break further on.
  for (const checkpoint of scan.checkpoints) {
    for (const [position, hash] of links)
      if (position <= checkpoint.position) {
        checkpoints.link(position, hash);
        links.delete(position);
      }
    if (!(await checkpoints.checkpoint(checkpoint.position, checkpoint.data as SignedCheckpoint, linksIn(store))))
      return checkpoints.report({
        checked: checkpoint.position - (start?.position ?? 0),
        head: { position: checkpoint.position, hash: checkpoint.hash },
        firstBreak: null,
      });
  }
  for (const [position, hash] of links) checkpoints.link(position, hash);
  return checkpoints.report(scan);
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
