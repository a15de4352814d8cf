import { isDeepStrictEqual } from 'node:util';
import { CHECKPOINT_EVENT, checkpointSignatureValid, signCheckpoint, type SignedCheckpoint } from '../audit/checkpoint';
import type { AuditKey } from '../audit/signing-key';
import { pagesOf, verifyStore, type VerificationReport } from '../audit/verify-log';
import { callerMetadata, chainMetadata, EMPTY_CHAIN, type ChainBreak, type ChainHead } from '../eventstore/chain';
import type { EventStore, RecordedEvent } from '../eventstore/port';
import { OldRulesVerifier } from '../eventstore/upgrade/old-rules';
import type { OldStore } from '../eventstore/upgrade/old-store';

const PAGE = 2000;

/** The old log does not verify under the rules it was written with: nothing is upgraded. */
export class OldLogBrokenError extends Error {
  readonly code = 'OLD_LOG_BROKEN';
  constructor(readonly broken: ChainBreak) {
    super(
      `[OLD_LOG_BROKEN] Nhật ký cũ không toàn vẹn nên không nâng cấp: vị trí ${broken.position}: ${broken.message}. ` +
        'Hãy khôi phục bản lưu còn nguyên rồi nâng cấp bản đó.',
    );
    this.name = 'OldLogBrokenError';
  }
}

export interface UpgradeReport {
  upgraded: number;
  checkpointsResigned: number;
  verification: VerificationReport;
  /** The first event whose id, position, stream, revision, type, time, data or caller's metadata differs in the copy; null when none. */
  firstDifference: { position: number; message: string } | null;
}

/**
 * Copies a log written in older link formats into an empty store in the one format: first the
 * whole old log is verified under its own rules (a broken log is refused at its first break),
 * then every event is written re-linked, with its id, position, stream, revision, type, time,
 * data and caller's metadata unchanged. A signed checkpoint signed the old link: it is signed
 * again over the new link with `key` (the service's), and keeps the old hash and signature in
 * `upgradedFrom`. The copy is then verified and compared with the old log.
 */
export async function upgrade(
  source: OldStore,
  target: EventStore,
  key: AuditKey,
  onProgress: (copied: number) => void = () => undefined,
): Promise<UpgradeReport> {
  if ((await target.headPosition()) > 0) throw new Error('The target of an upgrade must be empty: give a new file or schema');
  const signed = await verifyOld(source, key);
  const newLinks = new Map<number, string>();
  let head: ChainHead = EMPTY_CHAIN;
  let upgraded = 0;
  for await (const page of pages(source)) {
    const relinked = page.map((event) => {
      const data = event.type === CHECKPOINT_EVENT ? resigned(event.data as SignedCheckpoint, newLinks, key) : event.data;
      const { metadata, text } = chainMetadata({ ...event, data, metadata: callerMetadata(event.metadata) }, head.hash);
      head = { position: event.position, hash: metadata.hash as string };
      if (signed.has(event.position)) newLinks.set(event.position, head.hash);
      return { ...event, data, metadata, text };
    });
    await target.importRecorded(relinked);
    upgraded += relinked.length;
    onProgress(upgraded);
  }
  return {
    upgraded,
    checkpointsResigned: signed.size,
    verification: await verifyStore(target, key.publicKey, { workers: 0 }),
    firstDifference: await firstDifference(source, target),
  };
}

async function* pages(source: OldStore): AsyncIterable<RecordedEvent[]> {
  for (let after = 0; ;) {
    const page = await source.page(after, PAGE);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1].position;
  }
}

/** Verifies the old log in full; the positions its checkpoints sign, each checked against its signature and the old link. */
async function verifyOld(source: OldStore, key: AuditKey): Promise<Set<number>> {
  const verifier = new OldRulesVerifier();
  const signed = new Set<number>();
  for await (const event of pagesOf((after) => source.page(after, PAGE))) {
    const broken = verifier.check(event);
    if (broken) throw new OldLogBrokenError(broken);
    if (event.type !== CHECKPOINT_EVENT) continue;
    const checkpoint = event.data as SignedCheckpoint;
    const link = (await source.eventAt(checkpoint.position))?.metadata.hash;
    if (!checkpointSignatureValid(checkpoint, key.publicKey))
      throw new Error(
        `Mốc kiểm toán ở vị trí ${event.position} không được ký bằng khoá ${key.keyId}: hãy chỉ thư mục chứa khoá ký của dịch vụ đã ghi kho này (--key-dir).`,
      );
    if (link !== checkpoint.headHash || checkpoint.position >= event.position)
      throw new OldLogBrokenError({
        position: event.position,
        problem: 'HASH_MISMATCH',
        message: `mốc kiểm toán ký vị trí ${checkpoint.position} với mã băm mà nhật ký không có`,
      });
    signed.add(checkpoint.position);
  }
  return signed;
}

function resigned(old: SignedCheckpoint, newLinks: Map<number, string>, key: AuditKey): SignedCheckpoint {
  const { headHash, signedAt, keyId, signature } = old;
  return signCheckpoint(
    {
      position: old.position,
      headHash: newLinks.get(old.position)!,
      signedAt: new Date().toISOString(),
      trigger: old.trigger,
      upgradedFrom: { headHash, signedAt, keyId, signature },
    },
    key,
  );
}

async function firstDifference(source: OldStore, target: EventStore): Promise<UpgradeReport['firstDifference']> {
  for (let after = 0; ;) {
    const [ours, theirs] = await Promise.all([source.page(after, PAGE), target.readAll({ after, maxCount: PAGE })]);
    for (let i = 0; i < Math.max(ours.length, theirs.length); i += 1) {
      const difference = differenceOf(ours[i], theirs[i]);
      if (difference) return difference;
    }
    if (ours.length === 0) return null;
    after = ours[ours.length - 1].position;
  }
}

function differenceOf(ours: RecordedEvent | undefined, theirs: RecordedEvent | undefined): UpgradeReport['firstDifference'] {
  if (!ours) return { position: theirs!.position, message: 'the target has an event the source does not' };
  if (!theirs) return { position: ours.position, message: 'the target is missing this event' };
  const kept = (event: RecordedEvent) => [
    event.id,
    event.position,
    event.stream,
    event.revision,
    event.type,
    event.recordedAt,
    callerMetadata(event.metadata),
  ];
  if (!isDeepStrictEqual(kept(ours), kept(theirs))) return { position: ours.position, message: 'the copy differs from the source' };
  // A checkpoint's data is signed again; everything else keeps its data.
  if (ours.type !== CHECKPOINT_EVENT && !isDeepStrictEqual(ours.data, theirs.data))
    return { position: ours.position, message: 'the copy’s data differs' };
  if (
    ours.type === CHECKPOINT_EVENT &&
    (theirs.data as SignedCheckpoint).upgradedFrom?.signature !== (ours.data as SignedCheckpoint).signature
  )
    return { position: ours.position, message: 'the re-signed checkpoint does not name the one it replaces' };
  return null;
}
