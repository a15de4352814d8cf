import type { Decider } from '../../kernel/decider';
import { DomainError } from '../../kernel/domain-error';
import type { ClusterKind } from './cluster-kind';
import type { ClusterCommand } from './commands';
import type { ClusterEvent } from './events';
import type { ClusterErrorCode } from './errors';

export interface ClusterState {
  formed: boolean;
  kind: ClusterKind | null;
}

export const clusterDecider: Decider<ClusterCommand, ClusterState, ClusterEvent> = {
  initialState: () => ({ formed: false, kind: null }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'ClusterFormed':
        return { ...state, formed: true, kind: event.data.kind };
      default:
        // Event types this version does not know leave the state as it is.
        return state;
    }
  },

  decide: (command, state) => {
    switch (command.type) {
      case 'FormCluster': {
        if (state.formed)
          throw new DomainError<ClusterErrorCode>('CLUSTER_ALREADY_FORMED', `Cụm/Khối thi đua "${command.clusterId}" đã được thành lập.`);
        if (!command.organizerRegistered)
          throw new DomainError<ClusterErrorCode>(
            'ORGANIZER_NOT_FOUND',
            `Không tìm thấy cơ quan tổ chức "${command.organizerUnitId}": hãy đăng ký đơn vị đó trước.`,
          );
        const { clusterId, name, kind, organizerUnitId } = command;
        return [{ type: 'ClusterFormed', data: { clusterId, name, kind, organizerUnitId } }];
      }
    }
  },
};
