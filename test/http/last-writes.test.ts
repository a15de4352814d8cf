import { LastWrites } from '../../src/http/last-writes';

describe("LastWrites: each caller's last write, until the read models have applied it", () => {
  it('forgets the writes the read models applied once it holds more than 10,000 callers, and keeps the others', () => {
    let applied = 0;
    const writes = new LastWrites(() => applied);
    for (let i = 1; i <= 10_000; i += 1) writes.wrote(`caller-${i}`, i);
    applied = 6_000;
    writes.wrote('caller-new', 10_001);
    expect(writes.stats().entries).toBe(4_001);
    expect(writes.of('caller-5999')).toBe(0);
    expect(writes.of('caller-6001')).toBe(6_001);
    expect(writes.of('caller-new')).toBe(10_001);
  });

  it('does not scan every caller at every write while the read models lag behind many writers', () => {
    let asked = 0;
    const writes = new LastWrites(() => {
      asked += 1;
      return 0;
    });
    for (let i = 1; i <= 50_000; i += 1) writes.wrote(`caller-${i}`, i);
    // A scan when the map passes 10,000, then 20,000, then 40,000: not one per write past 10,000.
    expect(asked).toBe(3);
    expect(writes.of('caller-1')).toBe(1);
    expect(writes.stats().entries).toBe(50_000);
  });
});
