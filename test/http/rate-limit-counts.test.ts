import { SHARED_BUCKET, WindowedCounts } from '../../src/http/rate-limit-counts';

const WINDOW_MS = 60_000;
const T0 = 1_000_000;

/** Counts a request of `key` from `address` at `now`, as the rate limit does: the bucket, then its count. */
const count = (counts: WindowedCounts, key: string, address: string, now: number) => {
  const bucket = counts.bucket(key, address, now);
  return { bucket, ...counts.increment(bucket, now) };
};

describe('request counts kept until their window ends, in bounded memory', () => {
  it('keeps a limited caller counted however many callers come after it, and holds at most its capacity and the shared bucket', () => {
    const full: number[] = [];
    const counts = new WindowedCounts(100, WINDOW_MS, (callers) => full.push(callers));
    for (let i = 0; i < 6; i += 1) count(counts, 'address:10.0.0.1', 'address:10.0.0.1', T0);
    for (let i = 0; i < 10_000; i += 1) count(counts, `subject:nguoi-${i}`, `address:10.1.${i >> 8}.${i & 255}`, T0 + 1 + i);
    expect(counts.size).toBeLessThanOrEqual(101);
    expect(count(counts, 'address:10.0.0.1', 'address:10.0.0.1', T0 + 20_000)).toEqual({
      bucket: 'address:10.0.0.1',
      current: 7,
      ttl: 40_000,
    });
    expect(full).toEqual([100]);
  });

  it('counts a newcomer with its address while full, else with the other newcomers; its own count once windows end', () => {
    const counts = new WindowedCounts(2, WINDOW_MS, () => undefined);
    count(counts, 'address:10.0.0.1', 'address:10.0.0.1', T0);
    count(counts, 'subject:a', 'address:10.0.0.2', T0 + 10_000);
    expect(count(counts, 'subject:b', 'address:10.0.0.1', T0 + 20_000)).toMatchObject({ bucket: 'address:10.0.0.1', current: 2 });
    expect(count(counts, 'subject:c', 'address:10.0.0.3', T0 + 20_000)).toMatchObject({ bucket: SHARED_BUCKET, current: 1 });
    expect(count(counts, 'address:10.0.0.4', 'address:10.0.0.4', T0 + 30_000)).toMatchObject({ bucket: SHARED_BUCKET, current: 2 });
    // The first window has ended: room for one more caller of its own.
    expect(count(counts, 'subject:c', 'address:10.0.0.3', T0 + WINDOW_MS)).toMatchObject({ bucket: 'subject:c', current: 1 });
    expect(count(counts, 'subject:a', 'address:10.0.0.2', T0 + WINDOW_MS)).toMatchObject({ bucket: 'subject:a', current: 2 });
  });

  it("starts a caller's count again once its window has ended", () => {
    const counts = new WindowedCounts(10, WINDOW_MS, () => undefined);
    for (let i = 0; i < 5; i += 1) count(counts, 'subject:a', 'address:10.0.0.1', T0 + i);
    expect(count(counts, 'subject:a', 'address:10.0.0.1', T0 + WINDOW_MS - 1)).toMatchObject({ current: 6, ttl: 1 });
    expect(count(counts, 'subject:a', 'address:10.0.0.1', T0 + WINDOW_MS)).toMatchObject({ current: 1, ttl: WINDOW_MS });
  });
});
