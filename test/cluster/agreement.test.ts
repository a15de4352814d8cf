import { clusterYearDecider } from '../../src/cluster/domain/year/decider';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { specification } from '../support/decider-specification';
import { members, opened, y } from '../support/domain-fixtures';

const given = specification(clusterYearDecider);
const terms = {
  theme: 'Đoàn kết, trách nhiệm, khát vọng cống hiến, hoàn thành xuất sắc nhiệm vụ năm 2022',
  motto: null,
  commitments: ['Hoàn thành các chỉ tiêu theo Nghị quyết 96/2019/QH14'],
  legalBases: ['15/HD-VKSTC', '424/QĐ-VKSTC'],
  ceremonyDate: '2022-02-22',
  hostUnitId: 'tan-chau',
  venue: 'Viện kiểm sát nhân dân thị xã Tân Châu',
};
const draft = { type: 'DraftAgreement' as const, ...y, ...terms };
const drafted: ClusterYearEvent = { type: 'AgreementDrafted', data: { ...y, ...terms } };
const sign = (unitId: string) => ({
  type: 'SignAgreement' as const,
  ...y,
  unitId,
  signatoryName: 'Nguyễn Kiến Thịnh',
  signatoryPosition: 'Viện trưởng',
  signedOn: '2022-02-22',
});
const signed = (unitId: string): ClusterYearEvent => {
  const { type: _t, ...data } = sign(unitId);
  return { type: 'AgreementSigned', data };
};

describe('agreement: DraftAgreement', () => {
  it('drafts the terms', () => given([opened]).when(draft).then([drafted]));
  it('needs an open year: YEAR_NOT_OPEN', () => given([]).when(draft).thenThrows('YEAR_NOT_OPEN'));
  it('is hosted by a member: HOST_NOT_MEMBER', () =>
    given([opened])
      .when({ ...draft, hostUnitId: 'x' })
      .thenThrows('HOST_NOT_MEMBER'));
  it('refuses a blank theme: THEME_REQUIRED', () =>
    given([opened])
      .when({ ...draft, theme: '  ' })
      .thenThrows('THEME_REQUIRED'));
  it('records only what the report says: a date, no theme, motto, commitments, host or venue', () => {
    const unknown = { theme: null, motto: null, commitments: null, hostUnitId: null, venue: null };
    return given([opened])
      .when({ ...draft, ...unknown })
      .then([{ type: 'AgreementDrafted', data: { ...y, ...terms, ...unknown } }]);
  });
  it('is drafted once: AGREEMENT_ALREADY_DRAFTED', () => given([opened, drafted]).when(draft).thenThrows('AGREEMENT_ALREADY_DRAFTED'));
});

describe('agreement: AmendAgreement / AmendRegulation', () => {
  const amend = { type: 'AmendAgreement' as const, ...y, changes: { motto: 'Đoàn kết - Kỷ cương' }, note: 'Thông qua tại lễ ký' };
  it('records an amendment adopted at the ceremony', () =>
    given([opened, drafted])
      .when(amend)
      .then([{ type: 'AgreementAmended', data: { ...y, changes: amend.changes, note: amend.note } }]));
  it('needs a draft: AGREEMENT_NOT_DRAFTED', () => given([opened]).when(amend).thenThrows('AGREEMENT_NOT_DRAFTED'));
  it('changes something: NOTHING_TO_AMEND', () =>
    given([opened, drafted])
      .when({ ...amend, changes: {} })
      .thenThrows('NOTHING_TO_AMEND'));
  it('keeps the host a member: HOST_NOT_MEMBER', () =>
    given([opened, drafted])
      .when({ ...amend, changes: { hostUnitId: 'x' } })
      .thenThrows('HOST_NOT_MEMBER'));
  it('says what was adopted: REASON_REQUIRED', () =>
    given([opened, drafted])
      .when({ ...amend, note: '' })
      .thenThrows('REASON_REQUIRED'));

  const regulation = { type: 'AmendRegulation' as const, ...y, summary: 'Sửa tiêu chí theo QĐ 424', articles: ['Điều 5'] };
  it('records a regulation amendment', () =>
    given([opened])
      .when(regulation)
      .then([{ type: 'RegulationAmended', data: { ...y, summary: regulation.summary, articles: ['Điều 5'] } }]));
  it('needs a summary: SUMMARY_REQUIRED', () =>
    given([opened])
      .when({ ...regulation, summary: '' })
      .thenThrows('SUMMARY_REQUIRED'));
});

describe('agreement: SignAgreement', () => {
  it('records a signature', () =>
    given([opened, drafted])
      .when(sign('tri-ton'))
      .then([signed('tri-ton')]));
  it('comes into force with the last member signature', () =>
    given([opened, drafted, ...members.slice(0, 4).map(signed)])
      .when(sign('chau-doc'))
      .then([signed('chau-doc'), { type: 'AgreementInForce', data: { ...y, inForceOn: '2022-02-22' } }]));
  it('lets members sign only: SIGNER_NOT_MEMBER', () =>
    given([opened, drafted]).when(sign('vks-an-giang')).thenThrows('SIGNER_NOT_MEMBER'));
  it('lets each sign once: ALREADY_SIGNED', () =>
    given([opened, drafted, signed('tri-ton')])
      .when(sign('tri-ton'))
      .thenThrows('ALREADY_SIGNED'));
  it('needs a draft: AGREEMENT_NOT_DRAFTED', () => given([opened]).when(sign('tri-ton')).thenThrows('AGREEMENT_NOT_DRAFTED'));
});
