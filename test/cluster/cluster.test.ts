import { ClusterKind } from '../../src/cluster/domain/cluster-kind';
import type { FormCluster } from '../../src/cluster/domain/commands';
import { clusterDecider } from '../../src/cluster/domain/decider';
import type { ClusterFormed } from '../../src/cluster/domain/events';
import { specification } from '../support/decider-specification';

const given = specification(clusterDecider);

const form: FormCluster = {
  type: 'FormCluster',
  clusterId: 'ag-cum-2',
  name: 'Cụm thi đua số 2',
  kind: ClusterKind.CLUSTER,
  organizerUnitId: 'vks-an-giang',
  organizerRegistered: true,
};
const formed: ClusterFormed = {
  type: 'ClusterFormed',
  data: { clusterId: 'ag-cum-2', name: 'Cụm thi đua số 2', kind: ClusterKind.CLUSTER, organizerUnitId: 'vks-an-giang' },
};

describe('cluster: FormCluster', () => {
  it('forms a cluster', () => given([]).when(form).then([formed]));

  it('forms a bloc (khối thi đua)', () =>
    given([])
      .when({ ...form, kind: ClusterKind.BLOC })
      .then([{ ...formed, data: { ...formed.data, kind: ClusterKind.BLOC } }]));

  it('refuses to form it twice: CLUSTER_ALREADY_FORMED', () => given([formed]).when(form).thenThrows('CLUSTER_ALREADY_FORMED'));

  it('refuses an unregistered organizer: ORGANIZER_NOT_FOUND', () =>
    given([])
      .when({ ...form, organizerRegistered: false })
      .thenThrows('ORGANIZER_NOT_FOUND'));
});
