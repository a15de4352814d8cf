import ExcelJS from 'exceljs';
import { clusterGraph } from '../../projections/cluster/cluster-graph';
import { DirectoryProjection } from '../../projections/cluster/directory-projection';
import { YearRecordsProjection } from '../../projections/cluster/year/year-records-projection';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { Role } from '../../src/kernel/actor';
import { specification } from '../support/decider-specification';
import { ok, refused } from '../support/mutations';
import { specificationOf } from '../support/projection-specification';
import { startService, type TestService } from '../support/service';
import { clusterYearDecider } from '../../src/cluster/domain/year/decider';

/** "Cụm 7 gồm VKSND tỉnh Lâm Đồng, Đắk Nông và …": two members named of a larger cluster. */
const y = { clusterId: 'ctd-7', year: 2023 };
const named = ['lam-dong', 'dak-nong'];
const opened: ClusterYearEvent = { type: 'ClusterYearOpened', data: { ...y, memberUnitIds: named } };
const partial: ClusterYearEvent = { type: 'MembershipCompletenessStated', data: { ...y, complete: false } };
const complete: ClusterYearEvent = { type: 'MembershipCompletenessStated', data: { ...y, complete: true } };
const terms = {
  theme: null,
  motto: null,
  commitments: null,
  legalBases: [],
  ceremonyDate: '2023-03-10',
  hostUnitId: null,
  venue: null,
};
const drafted: ClusterYearEvent = { type: 'AgreementDrafted', data: { ...y, ...terms } };
const sign = (unitId: string, signedOn = '2023-03-10') => ({
  type: 'SignAgreement' as const,
  ...y,
  unitId,
  signatoryName: null,
  signatoryPosition: null,
  signedOn,
});
const signed = (unitId: string, signedOn = '2023-03-10'): ClusterYearEvent => {
  const { type: _t, ...data } = sign(unitId, signedOn);
  return { type: 'AgreementSigned', data };
};
const open = {
  type: 'OpenClusterYear' as const,
  ...y,
  memberUnitIds: named,
  clusterFormed: true,
  unregisteredUnitIds: [],
  lifespans: {},
};
const SOURCE = 'Báo cáo số 12/BC-CTĐ7 ngày 20/3/2023 của Cụm thi đua số 7';
const recordInForce = { type: 'RecordAgreementInForce' as const, ...y, inForceOn: '2023-03-10', source: SOURCE };

describe('cluster year: a membership known in part', () => {
  const given = specification(clusterYearDecider);

  it('opens a year whose named members are not all of them', () =>
    given([])
      .when({ ...open, membershipComplete: false })
      .then([opened, partial]));
  it('opens a year as before when nothing is said of completeness', () => given([]).when(open).then([opened]));
  it('does not bring the agreement into force when every named member has signed', () =>
    given([opened, partial, drafted, signed('lam-dong')])
      .when(sign('dak-nong'))
      .then([signed('dak-nong')]));
  it('still does so when the membership is complete', () =>
    given([opened, drafted, signed('lam-dong')])
      .when(sign('dak-nong'))
      .then([signed('dak-nong'), { type: 'AgreementInForce', data: { ...y, inForceOn: '2023-03-10' } }]));
  it('stating the membership complete puts an agreement every member signed in force on the last signature', () =>
    given([opened, partial, drafted, signed('lam-dong', '2023-03-09'), signed('dak-nong')])
      .when({ type: 'StateMembershipCompleteness', ...y, complete: true })
      .then([complete, { type: 'AgreementInForce', data: { ...y, inForceOn: '2023-03-10' } }]));
  it('stating it complete with members yet to sign says only that', () =>
    given([opened, partial, drafted, signed('lam-dong')])
      .when({ type: 'StateMembershipCompleteness', ...y, complete: true })
      .then([complete]));
  it('refuses to state what is already so: MEMBERSHIP_COMPLETENESS_UNCHANGED', () =>
    given([opened])
      .when({ type: 'StateMembershipCompleteness', ...y, complete: true })
      .thenThrows('MEMBERSHIP_COMPLETENESS_UNCHANGED'));
  it('needs an open year: YEAR_NOT_OPEN', () =>
    given([])
      .when({ type: 'StateMembershipCompleteness', ...y, complete: false })
      .thenThrows('YEAR_NOT_OPEN'));
});

describe('cluster year: an agreement in force as a source records it', () => {
  const given = specification(clusterYearDecider);

  it('records it with its source', () =>
    given([opened, partial, drafted])
      .when(recordInForce)
      .then([{ type: 'AgreementInForceRecorded', data: { ...y, inForceOn: '2023-03-10', source: SOURCE } }]));
  it('keeps the date unknown when the source gives none', () =>
    given([opened, partial, drafted])
      .when({ ...recordInForce, inForceOn: null })
      .then([{ type: 'AgreementInForceRecorded', data: { ...y, inForceOn: null, source: SOURCE } }]));
  it('needs the source: IN_FORCE_SOURCE_REQUIRED', () =>
    given([opened, partial, drafted])
      .when({ ...recordInForce, source: '  ' })
      .thenThrows('IN_FORCE_SOURCE_REQUIRED'));
  it('needs a drafted agreement: AGREEMENT_NOT_DRAFTED', () =>
    given([opened, partial]).when(recordInForce).thenThrows('AGREEMENT_NOT_DRAFTED'));
  it('records it once: AGREEMENT_ALREADY_IN_FORCE', () =>
    given([opened, drafted, signed('lam-dong'), signed('dak-nong'), { type: 'AgreementInForce', data: { ...y, inForceOn: '2023-03-10' } }])
      .when(recordInForce)
      .thenThrows('AGREEMENT_ALREADY_IN_FORCE'));
  it('signatures after it do not bring the agreement into force again', () =>
    given([opened, drafted, signed('lam-dong'), { type: 'AgreementInForceRecorded', data: { ...y, inForceOn: null, source: SOURCE } }])
      .when(sign('dak-nong'))
      .then([signed('dak-nong')]));
});

describe('read models: a membership known in part', () => {
  it('a year opened before completeness could be stated reads as complete; a statement changes it from its position on', () =>
    specificationOf(() => new DirectoryProjection())(opened, partial).then((directory) => {
      expect(directory.clusterYear('ctd-7', 2023, 1)?.membershipComplete).toBe(true);
      expect(directory.clusterYear('ctd-7', 2023)?.membershipComplete).toBe(false);
    }));
  it('the graph notes the members not recorded on the cluster node only', () =>
    specificationOf(() => new DirectoryProjection())(opened, partial).then((directory) => {
      const nodes = clusterGraph(directory, 2023).nodes;
      expect(nodes.find((n) => n.id === 'cluster:ctd-7')?.note).toBe('và các đơn vị khác chưa ghi nhận');
      expect(nodes.filter((n) => n.note !== null).map((n) => n.id)).toEqual(['cluster:ctd-7']);
      expect(clusterGraph(directory, 2023, 1).nodes.find((n) => n.id === 'cluster:ctd-7')?.note).toBeNull();
    }));
  it('the agreement read keeps the source that put it in force', () =>
    specificationOf(() => new YearRecordsProjection())(opened, drafted, {
      type: 'AgreementInForceRecorded',
      data: { ...y, inForceOn: null, source: SOURCE },
    }).then((records) => {
      expect(records.records('ctd-7', 2023)?.agreement).toMatchObject({ inForce: true, inForceOn: null, inForceSource: SOURCE });
      expect(records.records('ctd-7', 2023, 2)?.agreement).toMatchObject({ inForce: false, inForceSource: null });
    }));
});

const YEAR_READ = `query($c: ID!, $y: Int!) { clusterYear(clusterId: $c, year: $y) {
  memberUnitIds membershipComplete agreement { inForce inForceOn inForceSource unsignedUnitIds } } }`;

describe('over HTTP: a cluster year with two named members of more', () => {
  let service: TestService;
  const read = async () => (await service.gql(YEAR_READ, { c: 'ctd-7', y: 2023 })).data!.clusterYear;

  beforeAll(async () => {
    service = await startService();
    await ok(service, 'registerUnit', { unitId: 'vks-toi-cao', name: 'Viện kiểm sát nhân dân tối cao', level: 'SUPREME' });
    await ok(service, 'registerUnit', { unitId: 'lam-dong', name: 'Viện kiểm sát nhân dân tỉnh Lâm Đồng', level: 'PROVINCIAL' });
    await ok(service, 'registerUnit', { unitId: 'dak-nong', name: 'Viện kiểm sát nhân dân tỉnh Đắk Nông', level: 'PROVINCIAL' });
    await ok(service, 'formCluster', { clusterId: 'ctd-7', name: 'Cụm thi đua số 7', kind: 'CLUSTER', organizerUnitId: 'vks-toi-cao' });
  });
  afterAll(() => service.stop());

  it('two signatures do not put it in force; a source that says so does; the print says the others are not recorded', async () => {
    expect((await ok(service, 'openClusterYear', { ...y, memberUnitIds: named, membershipComplete: false })).eventTypes).toEqual([
      'ClusterYearOpened',
      'MembershipCompletenessStated',
    ]);
    await ok(service, 'draftAgreement', { ...y, legalBases: [], ceremonyDate: '2023-03-10' });
    for (const unitId of named) await ok(service, 'signAgreement', { ...y, unitId, signedOn: '2023-03-10' });
    expect(await read()).toEqual({
      memberUnitIds: named,
      membershipComplete: false,
      agreement: { inForce: false, inForceOn: null, inForceSource: null, unsignedUnitIds: [] },
    });

    await refused(service, 'recordAgreementInForce', { ...y, source: ' ' }, 'IN_FORCE_SOURCE_REQUIRED');
    await refused(service, 'stateMembershipCompleteness', { ...y, complete: false }, 'MEMBERSHIP_COMPLETENESS_UNCHANGED');
    const recorded = await ok(service, 'recordAgreementInForce', { ...y, inForceOn: '2023-03-10', source: SOURCE });
    expect(recorded.eventTypes).toEqual(['AgreementInForceRecorded']);
    expect((await read()).agreement).toEqual({ inForce: true, inForceOn: '2023-03-10', inForceSource: SOURCE, unsignedUnitIds: [] });
    const before = (
      await service.gql(`query($at: AsOf) { clusterYear(clusterId: "ctd-7", year: 2023, asOf: $at) { agreement { inForce } } }`, {
        at: recorded.position - 1,
      })
    ).data!.clusterYear;
    expect(before).toEqual({ agreement: { inForce: false } });

    const graph = await service.gql(`{ clusterGraph(year: 2023) { nodes { key note } } }`);
    expect(graph.data!.clusterGraph.nodes).toContainEqual({ key: 'cluster:ctd-7', note: 'và các đơn vị khác chưa ghi nhận' });

    const auditor = await service.token('kiem-tra', { role: Role.AUDITOR, name: 'Kiểm tra viên' });
    const page = await fetch(`${service.url.replace('/graphql', '')}/exports/cluster-year/ctd-7/2023.html`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('(và các đơn vị khác chưa ghi nhận)');
    expect(html).toContain(`theo ${SOURCE}`);
    expect(html).not.toContain('khi mọi đơn vị thành viên đã ký');
    const xlsx = await fetch(`${service.url.replace('/graphql', '')}/exports/cluster-year/ctd-7/2023.xlsx`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.getWorksheet('Thành viên')!.getCell('A1').text).toContain('và các đơn vị khác chưa ghi nhận');
    expect(book.getWorksheet('Giao ước')!.getCell('A1').text).toContain('có hiệu lực');

    expect((await ok(service, 'stateMembershipCompleteness', { ...y, complete: true })).eventTypes).toEqual([
      'MembershipCompletenessStated',
    ]);
    expect((await read()).membershipComplete).toBe(true);
  });
});
