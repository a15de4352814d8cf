import { setImmediate as turn } from 'node:timers/promises';

/** Bytes a sheet reader works through between two turns of the event loop. */
const SLICE_BYTES = 16 * 1024;

/**
 * The bytes in slices, with a turn of the event loop after each: a reader that works through one
 * slice at a time never holds the other callers for longer than a slice takes, however large the
 * chunk or the cell in it.
 */
export async function* inSlices(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    yield bytes.subarray(at, at + SLICE_BYTES);
    await turn();
  }
}
