import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { UnitCommand } from './commands';
import type { UnitEvent } from './events';

export interface UnitState {
  registered: boolean;
}

export const unitDecider: Decider<UnitCommand, UnitState, UnitEvent> = {
  initialState: () => ({ registered: false }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'UnitRegistered':
        return { ...state, registered: true };
      default:
        // Event types this version does not know leave the state as it is.
        return state;
    }
  },

  decide: (command, state) => {
    switch (command.type) {
      case 'RegisterUnit': {
        if (state.registered)
          throw new DomainError('UNIT_ALREADY_REGISTERED', `Đơn vị "${command.unitId}" đã được đăng ký trước đó.`);
        if (command.parentUnitId === command.unitId)
          throw new DomainError('UNIT_OWN_PARENT', 'Một đơn vị không thể là đơn vị cấp trên của chính nó.');
        if (command.parentUnitId && !command.parentRegistered)
          throw new DomainError(
            'PARENT_UNIT_NOT_FOUND',
            `Không tìm thấy đơn vị cấp trên "${command.parentUnitId}": hãy đăng ký đơn vị cấp trên trước.`,
          );
        const { unitId, name, shortName, level, parentUnitId } = command;
        return [{ type: 'UnitRegistered', data: { unitId, name, shortName, level, parentUnitId } }];
      }
    }
  },
};
