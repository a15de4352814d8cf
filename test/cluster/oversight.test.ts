import { clusterYearDecider } from '../../src/cluster/domain/year/decider';
import type { AssignOversight } from '../../src/cluster/domain/year/commands';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { RecordsProjection } from '../../projections/records/records-projection';
import { specification } from '../support/decider-specification';
import { opened, y } from '../support/domain-fixtures';
import { specificationOf } from '../support/projection-specification';

const given = specification(clusterYearDecider);
const assign: AssignOversight = {
  type: 'AssignOversight',
  ...y,
  personId: 'tran-van-b',
  capacity: ' Phó Viện trưởng VKSND tối cao phụ trách ',
  documentId: null,
  personRegistered: true,
  documentRegistered: false,
};
const assigned: ClusterYearEvent = {
  type: 'OversightAssigned',
  data: { ...y, personId: 'tran-van-b', capacity: 'Phó Viện trưởng VKSND tối cao phụ trách', documentId: null },
};
const ended: ClusterYearEvent = { type: 'OversightEnded', data: { ...y, personId: 'tran-van-b', reason: 'Phân công lại' } };
const end = { type: 'EndOversight' as const, ...y, personId: 'tran-van-b', reason: ' Phân công lại ' };

describe('oversight of a cluster-year (phụ trách): AssignOversight', () => {
  it('names a registered person and the capacity as the record words it', () => given([opened]).when(assign).then([assigned]));
  it('keeps the assigning document when it is registered', () =>
    given([opened])
      .when({ ...assign, documentId: 'qd-12', documentRegistered: true })
      .then([
        {
          type: 'OversightAssigned',
          data: { ...y, personId: 'tran-van-b', capacity: 'Phó Viện trưởng VKSND tối cao phụ trách', documentId: 'qd-12' },
        },
      ]));
  it('refuses a year not opened', () => given([]).when(assign).thenThrows('YEAR_NOT_OPEN'));
  it('refuses a person not registered', () =>
    given([opened])
      .when({ ...assign, personRegistered: false })
      .thenThrows('PERSON_NOT_FOUND', /tran-van-b/));
  it('refuses a document not in the register', () =>
    given([opened])
      .when({ ...assign, documentId: 'khong-co' })
      .thenThrows('DOCUMENT_NOT_FOUND', /khong-co/));
  it('refuses an empty capacity', () =>
    given([opened])
      .when({ ...assign, capacity: ' ' })
      .thenThrows('OVERSIGHT_CAPACITY_REQUIRED'));
  it('refuses the same person twice while the first still holds', () =>
    given([opened, assigned])
      .when(assign)
      .thenThrows('OVERSIGHT_ALREADY_ASSIGNED', /endOversight/));
  it('assigns the person again once the first oversight ended', () => given([opened, assigned, ended]).when(assign).then([assigned]));
});

describe('oversight of a cluster-year: EndOversight', () => {
  it('ends an oversight with its reason', () => given([opened, assigned]).when(end).then([ended]));
  it('refuses a person who does not oversee the year', () => given([opened]).when(end).thenThrows('OVERSIGHT_NOT_FOUND'));
  it('refuses an end without a reason', () =>
    given([opened, assigned])
      .when({ ...end, reason: '' })
      .thenThrows('REASON_REQUIRED'));
});

describe('records projection: oversight by year, as known at each position', () => {
  const projection = specificationOf(() => new RecordsProjection());
  it('lists the officials in the order assigned, an ended one with its reason, and the earlier state asOf', () =>
    projection(opened, assigned, ended).then((model) => {
      expect(model.oversightOf(y.clusterId, y.year)).toEqual([
        { personId: 'tran-van-b', capacity: 'Phó Viện trưởng VKSND tối cao phụ trách', documentId: null, endReason: 'Phân công lại' },
      ]);
      expect(model.oversightOf(y.clusterId, y.year, 2)[0].endReason).toBeNull();
      expect(model.oversightOf(y.clusterId, y.year, 1)).toEqual([]);
      expect(model.oversightOf(y.clusterId, y.year + 1)).toEqual([]);
    }));
});
