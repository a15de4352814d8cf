import { clusterYearDecider } from '../../src/cluster/domain/year/decider';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { RecordsProjection } from '../../projections/records/records-projection';
import { specification } from '../support/decider-specification';
import { members, opened, y } from '../support/domain-fixtures';
import { specificationOf } from '../support/projection-specification';

const given = specification(clusterYearDecider);
const terms = {
  theme: null,
  motto: null,
  commitments: null,
  legalBases: [],
  ceremonyDate: '2022-02',
  hostUnitId: null,
  venue: null,
};
const drafted: ClusterYearEvent = { type: 'AgreementDrafted', data: { ...y, ...terms } };
const sign = (unitId: string, signedOn: string) => ({
  type: 'SignAgreement' as const,
  ...y,
  unitId,
  signatoryName: null,
  signatoryPosition: null,
  signedOn,
});

describe('agreement dates as the report gives them: "tháng 2 năm 2022", only the year, or none', () => {
  it('drafts an agreement signed in a month, never inventing its day', () =>
    given([opened])
      .when({ type: 'DraftAgreement', ...y, ...terms })
      .then([drafted]));
  it('drafts an agreement whose signing date the report does not give', () =>
    given([opened])
      .when({ type: 'DraftAgreement', ...y, ...terms, ceremonyDate: null })
      .then([{ type: 'AgreementDrafted', data: { ...y, ...terms, ceremonyDate: null } }]));
  it('refuses an impossible date: DATE_INVALID', () =>
    given([opened])
      .when({ type: 'DraftAgreement', ...y, ...terms, ceremonyDate: '2022-02-30' })
      .thenThrows('DATE_INVALID', /lễ ký kết "2022-02-30"/));
  it('amends the signing date to what a later source gives, checked the same way', () =>
    given([opened, drafted])
      .when({ type: 'AmendAgreement', ...y, changes: { ceremonyDate: '2022-13' }, note: 'Theo báo cáo' })
      .thenThrows('DATE_INVALID'));
  it('the last signature known to the month puts the agreement in force from that month', () => {
    const [last, ...others] = members;
    const earlier: ClusterYearEvent[] = others.map((unitId) => {
      const { type: _t, ...data } = sign(unitId, '2022-02');
      return { type: 'AgreementSigned', data };
    });
    return given([opened, drafted, ...earlier])
      .when(sign(last, '2022-02'))
      .then([
        { type: 'AgreementSigned', data: { ...y, unitId: last, signatoryName: null, signatoryPosition: null, signedOn: '2022-02' } },
        { type: 'AgreementInForce', data: { ...y, inForceOn: '2022-02' } },
      ]);
  });
  it('refuses a signature on an impossible date: DATE_INVALID', () =>
    given([opened, drafted]).when(sign('tan-chau', '2022-02-29')).thenThrows('DATE_INVALID'));
  it('records the entry into force a source gives to the year', () =>
    given([opened, drafted])
      .when({ type: 'RecordAgreementInForce', ...y, inForceOn: '2022', source: 'Báo cáo tổng kết năm 2022' })
      .then([{ type: 'AgreementInForceRecorded', data: { ...y, inForceOn: '2022', source: 'Báo cáo tổng kết năm 2022' } }]));
});

describe('an office cites the document that designated it: RecordOfficeDesignation', () => {
  const rotated: ClusterYearEvent = {
    type: 'ChairRotated',
    data: { ...y, chairUnitId: 'tan-chau', viceChairUnitId: 'tri-ton', previousChairUnitId: null },
  };
  const designate = {
    type: 'RecordOfficeDesignation' as const,
    ...y,
    office: 'CHAIR' as const,
    documentId: 'qd-chi-dinh',
    designatedOn: '2022-01',
    documentRegistered: true,
  };
  const designated: ClusterYearEvent = {
    type: 'OfficeDesignationRecorded',
    data: { ...y, office: 'CHAIR', documentId: 'qd-chi-dinh', designatedOn: '2022-01' },
  };

  it('records the designating document and the month of designation', () => given([opened, rotated]).when(designate).then([designated]));
  it('records a designation known only by its date', () =>
    given([opened, rotated])
      .when({ ...designate, office: 'VICE_CHAIR', documentId: null, documentRegistered: false })
      .then([{ type: 'OfficeDesignationRecorded', data: { ...y, office: 'VICE_CHAIR', documentId: null, designatedOn: '2022-01' } }]));
  it('needs the office held that year: OFFICE_NOT_HELD', () =>
    given([opened])
      .when(designate)
      .thenThrows('OFFICE_NOT_HELD', /Cụm trưởng/));
  it('needs a registered document: DOCUMENT_NOT_FOUND', () =>
    given([opened, rotated])
      .when({ ...designate, documentRegistered: false })
      .thenThrows('DOCUMENT_NOT_FOUND', /registerDocument/));
  it('needs a document or a date: DESIGNATION_EMPTY', () =>
    given([opened, rotated])
      .when({ ...designate, documentId: null, designatedOn: null })
      .thenThrows('DESIGNATION_EMPTY'));
  it('refuses an impossible date: DATE_INVALID', () =>
    given([opened, rotated])
      .when({ ...designate, designatedOn: '2022-00' })
      .thenThrows('DATE_INVALID'));
});

describe('designations in the records read model', () => {
  const designated = (
    office: 'CHAIR' | 'VICE_CHAIR',
    documentId: string | null,
    designatedOn: string | null,
    year = 2022,
  ): ClusterYearEvent => ({
    type: 'OfficeDesignationRecorded',
    data: { clusterId: 'ag-2', year, office, documentId, designatedOn },
  });
  const given = specificationOf(() => new RecordsProjection());
  it('keeps the latest designation of each office of each year, with its history for asOf', () =>
    given(
      designated('CHAIR', null, '2022'),
      designated('VICE_CHAIR', 'qd-2', null),
      designated('CHAIR', 'qd-1', '2022-01'),
      designated('CHAIR', 'qd-9', '2023', 2023),
    ).then((records) => {
      expect(records.designationsOf('ag-2', 2022)).toEqual([
        { office: 'VICE_CHAIR', documentId: 'qd-2', designatedOn: null },
        { office: 'CHAIR', documentId: 'qd-1', designatedOn: '2022-01' },
      ]);
      expect(records.designationsOf('ag-2', 2022, 1)).toEqual([{ office: 'CHAIR', documentId: null, designatedOn: '2022' }]);
      expect(records.designationsOf('ag-2', 2023)).toEqual([{ office: 'CHAIR', documentId: 'qd-9', designatedOn: '2023' }]);
    }));
});
