import { CouncilsProjection } from '../../projections/records/councils-projection';
import type { AnyDomainEvent } from '../../src/domain/events';
import { CouncilCapacity } from '../../src/records/domain/council/council-capacity';
import { CouncilLevel } from '../../src/records/domain/document/document-issuer';
import { specificationOf } from '../support/projection-specification';

const given = specificationOf(() => new CouncilsProjection());

const registered = (councilId: string, level: CouncilLevel, unitId: string | null): AnyDomainEvent => ({
  type: 'CouncilRegistered',
  data: { councilId, name: `Hội đồng ${councilId}`, level, unitId },
});
const appointed = (councilId: string, membershipId: string, personId: string, capacity: CouncilCapacity, from: string): AnyDomainEvent => ({
  type: 'CouncilMemberAppointed',
  data: { councilId, membershipId, personId, capacity, from, to: null, appointingDocumentId: null },
});
const sector = registered('hd-nganh', CouncilLevel.SECTOR, null);
const province = registered('hd-ag', CouncilLevel.PROVINCIAL, 'vks-an-giang');

describe('councils projection', () => {
  it('keeps each council with its members, by unit', () =>
    given(sector, province, appointed('hd-ag', 'tv-1', 'nguyen-van-a', CouncilCapacity.CHAIR, '2021-03')).then((model) => {
      expect(model.council('hd-ag')).toEqual({
        councilId: 'hd-ag',
        name: 'Hội đồng hd-ag',
        level: CouncilLevel.PROVINCIAL,
        unitId: 'vks-an-giang',
        members: [
          {
            membershipId: 'tv-1',
            personId: 'nguyen-van-a',
            capacity: CouncilCapacity.CHAIR,
            from: '2021-03',
            to: null,
            appointingDocumentId: null,
            endReason: null,
          },
        ],
      });
      expect(model.councilsOf('vks-an-giang').map((c) => c.councilId)).toEqual(['hd-ag']);
      expect(model.councilsOf(null).map((c) => c.councilId)).toEqual(['hd-ag', 'hd-nganh']);
    }));

  it('shows an end and a correction, and the council as it was before them (asOf)', () =>
    given(
      province,
      appointed('hd-ag', 'tv-1', 'nguyen-van-a', CouncilCapacity.MEMBER, '2021'),
      { type: 'CouncilMembershipEnded', data: { councilId: 'hd-ag', membershipId: 'tv-1', endedOn: '2024-01', reason: 'Nghỉ hưu' } },
      {
        type: 'CouncilMemberCorrected',
        data: { councilId: 'hd-ag', membershipId: 'tv-1', changes: { capacity: CouncilCapacity.STANDING }, reason: 'Ghi nhầm' },
      },
    ).then((model) => {
      expect(model.council('hd-ag')!.members[0]).toMatchObject({
        capacity: CouncilCapacity.STANDING,
        to: '2024-01',
        endReason: 'Nghỉ hưu',
      });
      expect(model.council('hd-ag', 3)!.members[0]).toMatchObject({ capacity: CouncilCapacity.MEMBER, to: '2024-01' });
      expect(model.council('hd-ag', 2)!.members[0]).toMatchObject({ to: null, endReason: null });
      expect(model.council('hd-ag', 0)).toBeUndefined();
    }));

  it('forgets the reason of an end that a correction clears', () =>
    given(
      province,
      appointed('hd-ag', 'tv-1', 'nguyen-van-a', CouncilCapacity.MEMBER, '2021'),
      { type: 'CouncilMembershipEnded', data: { councilId: 'hd-ag', membershipId: 'tv-1', endedOn: '2024-01', reason: 'Nghỉ hưu' } },
      { type: 'CouncilMemberCorrected', data: { councilId: 'hd-ag', membershipId: 'tv-1', changes: { to: null }, reason: 'Chưa thôi' } },
    ).then((model) => expect(model.council('hd-ag')!.members[0]).toMatchObject({ to: null, endReason: null })));

  it("gives a person's memberships in every council, oldest first", () =>
    given(
      sector,
      province,
      appointed('hd-ag', 'tv-1', 'nguyen-van-a', CouncilCapacity.CHAIR, '2021-03'),
      appointed('hd-nganh', 'tv-9', 'nguyen-van-a', CouncilCapacity.MEMBER, '2019'),
      appointed('hd-nganh', 'tv-10', 'tran-thi-b', CouncilCapacity.MEMBER, '2019'),
    ).then((model) => {
      expect(model.membershipsOf('nguyen-van-a').map(({ council, member }) => [council.councilId, member.membershipId])).toEqual([
        ['hd-nganh', 'tv-9'],
        ['hd-ag', 'tv-1'],
      ]);
      expect(model.membershipsOf('nguyen-van-a', 3).map(({ member }) => member.membershipId)).toEqual(['tv-1']);
      expect(model.membershipsOf('le-van-c')).toEqual([]);
    }));
});
