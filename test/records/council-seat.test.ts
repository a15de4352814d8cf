import { registerCouncil } from '../../src/records/council-handlers';
import { CouncilLevel } from '../../src/records/domain/document/document-issuer';
import { DomainError } from '../../src/kernel/domain-error';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { contextFor } from '../support/actors';

describe('the sector has one council, even when two registrations race', () => {
  it('writes one council and its seat; the other is refused with the one on record, and writes nothing', async () => {
    const store = new SqliteEventStore(':memory:');
    const sector = (councilId: string) => ({
      councilId,
      name: 'Hội đồng Thi đua – Khen thưởng ngành',
      level: CouncilLevel.SECTOR,
      unitId: null,
    });
    const results = await Promise.allSettled(['hd-nganh-1', 'hd-nganh-2'].map((id) => registerCouncil(store, sector(id), contextFor())));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!.reason as DomainError;
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.code).toBe('SECTOR_COUNCIL_EXISTS');
    const events = await store.readAll();
    expect(events.map((e) => [e.type, e.stream])).toEqual([
      ['CouncilSeatClaimed', 'councilseat-sector'],
      ['CouncilRegistered', events[1].stream],
    ]);
    expect(refusal.message).toContain(events[1].stream.replace('council-', ''));
    await store.close();
  });
});
