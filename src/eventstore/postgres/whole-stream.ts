import { linkHash } from '../chain';
import { ChainBrokenError } from '../errors';
import type { RecordedEvent } from '../port';

/**
 * What a stream read hands to a command must be that stream's history, whole and as written, or
 * the command decides on someone else's events (or on a history with a hole). SQLite reads a stream
 * through a `stream_id` row the chain does not cover and checks it against the chained name; here
 * the row is found by its `stream` column, which the link covers, so the equivalent check is the
 * link itself: each event must hash to the hash it was written with (an event moved to another
 * stream, or edited, no longer does), and the revisions must follow each other from the first one
 * asked for (an event moved away leaves a hole). The whole chain is `npm run verify`'s job.
 */
export function assertWholeStream(stream: string, fromRevision: number, events: RecordedEvent[]): void {
  events.forEach((event, i) => {
    const expected = Math.max(fromRevision, 0) + i;
    if (event.revision !== expected)
      throw new ChainBrokenError(event.position, `luồng ${stream} nhảy từ phiên bản ${expected - 1} sang ${event.revision}`);
    if (event.stream !== stream || event.metadata.hash !== linkHash(event, event.metadata.prevHash as string))
      throw new ChainBrokenError(
        event.position,
        `sự kiện ở vị trí ${event.position} trong luồng ${stream} không khớp với mã băm đã ghi (bị sửa hoặc bị chuyển sang luồng khác)`,
      );
  });
}
