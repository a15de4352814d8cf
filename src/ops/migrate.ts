import { isDeepStrictEqual } from 'node:util';
import { verifyLog, pagesOf, type VerificationReport } from '../audit/verify-log';
import type { EventStore, RecordedEvent } from '../eventstore/port';
import { eventAt } from '../eventstore/read-positions';

const PAGE = 2000;

export interface MigrationReport {
  /** Events the target held before (a resumed migration skips them once they match the source). */
  alreadyThere: number;
  copied: number;
  verification: VerificationReport;
  /** The first event where target and source differ after copying, or null when they are the same. */
  firstDifference: { position: number; message: string } | null;
}

/**
 * Copies every event of `source` into `target` in log order, verbatim (ids, positions, times,
 * metadata and the audit chain), then reads the target back and checks it event by event against
 * the source and link by link. A target that already holds a prefix of the source resumes after it;
 * a target holding anything else is refused before anything is written.
 */
export async function migrate(
  source: EventStore,
  target: EventStore,
  onProgress: (copied: number, head: number) => void = () => undefined,
): Promise<MigrationReport> {
  const sourceHead = await source.headPosition();
  const alreadyThere = await target.headPosition();
  if (alreadyThere > 0) {
    const [theirs, ours] = await Promise.all([eventAt(target, alreadyThere), eventAt(source, alreadyThere)]);
    if (!ours || !isDeepStrictEqual(theirs, ours))
      throw new Error(`The target already holds ${alreadyThere} events that are not the start of this source: migrate into an empty store`);
  }

  let copied = 0;
  for (let after = alreadyThere; after < sourceHead;) {
    const page = await source.readAll({ after, maxCount: PAGE });
    if (page.length === 0) break;
    await target.importRecorded(page);
    copied += page.length;
    after = page[page.length - 1].position;
    onProgress(copied, sourceHead);
  }

  return {
    alreadyThere,
    copied,
    verification: await verifyLog(
      pagesOf((after) => target.readAll({ after, maxCount: PAGE })),
      null,
    ),
    firstDifference: await firstDifference(source, target),
  };
}

async function firstDifference(source: EventStore, target: EventStore): Promise<MigrationReport['firstDifference']> {
  for (let after = 0; ;) {
    const [ours, theirs] = await Promise.all([source.readAll({ after, maxCount: PAGE }), target.readAll({ after, maxCount: PAGE })]);
    for (let i = 0; i < Math.max(ours.length, theirs.length); i += 1) {
      const difference = differenceOf(ours[i], theirs[i]);
      if (difference) return difference;
    }
    if (ours.length === 0) return null;
    after = ours[ours.length - 1].position;
  }
}

function differenceOf(ours: RecordedEvent | undefined, theirs: RecordedEvent | undefined): MigrationReport['firstDifference'] {
  if (!ours) return { position: theirs!.position, message: 'the target has an event the source does not' };
  if (!theirs) return { position: ours.position, message: 'the target is missing this event' };
  return isDeepStrictEqual(ours, theirs) ? null : { position: ours.position, message: 'the copy differs from the source' };
}
