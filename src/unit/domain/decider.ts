import type { Decider } from '../../kernel/decider';
import { DomainError } from '../../kernel/domain-error';
import { viDate } from '../../kernel/vietnamese-date';
import type { CorrectUnitLevel, RegisterUnit, UnitCommand } from './commands';
import type { UnitEvent } from './events';
import { lifespan, requireLevelInForce, type Lifespan } from './lifespan';
import { requireFitsParent } from './parent-level';
import { LEVEL_NAMES, type UnitLevel } from './unit-level';
import type { UnitErrorCode } from './errors';

export interface UnitState {
  registered: boolean;
  level: UnitLevel | null;
  establishedOn: string | null;
  name: string | null;
  shortName: string | null;
  /** The unit it answers to (a unit's parent never changes): where its full name must be unique. */
  parentUnitId: string | null;
  /** The date the unit stopped existing on its own (merged or dissolved), or null. */
  endedOn: string | null;
}

/** When the unit existed on its own, for the membership rules; null for a unit never registered. */
export function lifespanOf(state: UnitState): Lifespan | null {
  return state.registered && state.level ? lifespan(state.level, state.establishedOn, state.endedOn) : null;
}

function requireActive(state: UnitState, unitId: string): void {
  if (!state.registered) throw new DomainError<UnitErrorCode>('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị "${unitId}".`, { unitIds: [unitId] });
  if (state.endedOn !== null)
    throw new DomainError<UnitErrorCode>('UNIT_NOT_ACTIVE', `Đơn vị "${unitId}" đã sáp nhập hoặc giải thể từ ${viDate(state.endedOn)}.`, {
      unitIds: [unitId],
    });
}

/** A full name is borne by one active unit under a parent: `bearer` is the one that bears it now, if any. */
function requireNameFree(unitId: string, parentUnitId: string | null, name: string, bearer: string | null, advice: string): void {
  if (bearer === null || bearer === unitId) return;
  throw new DomainError<UnitErrorCode>(
    'UNIT_NAME_TAKEN',
    `${parentUnitId ? `Đơn vị cấp trên "${parentUnitId}" đã có` : 'Đã có'} đơn vị mang tên "${name}" (mã "${bearer}"): ${advice}.`,
    { unitId: bearer },
  );
}

function decideRegistration(command: RegisterUnit, state: UnitState): UnitEvent[] {
  if (state.registered)
    throw new DomainError<UnitErrorCode>('UNIT_ALREADY_REGISTERED', `Đơn vị "${command.unitId}" đã được đăng ký trước đó.`);
  if (command.parentUnitId === command.unitId)
    throw new DomainError<UnitErrorCode>('UNIT_OWN_PARENT', 'Một đơn vị không thể là đơn vị cấp trên của chính nó.');
  if (command.parentUnitId && !command.parentRegistered)
    throw new DomainError<UnitErrorCode>(
      'PARENT_UNIT_NOT_FOUND',
      `Không tìm thấy đơn vị cấp trên "${command.parentUnitId}": hãy đăng ký đơn vị cấp trên trước.`,
    );
  requireNameFree(
    command.unitId,
    command.parentUnitId,
    command.name,
    command.nameTakenBy,
    'dùng mã đó, hoặc đặt tên khác nếu đây là một đơn vị khác',
  );
  const { unitId, name, shortName, level, parentUnitId, establishedOn } = command;
  requireLevelInForce(level, establishedOn);
  requireFitsParent(lifespan(level, establishedOn, null), parentUnitId, command.parentSpan);
  return [{ type: 'UnitRegistered', data: { unitId, name, shortName, level, parentUnitId, establishedOn } }];
}

/**
 * A level recorded wrongly (before levels were checked against the parent) is corrected with a
 * reason; the new level must itself fit the unit's dates and its parent, or the correction fixes nothing.
 */
function decideLevelCorrection(command: CorrectUnitLevel, state: UnitState): UnitEvent[] {
  const { unitId, level, reason } = command;
  if (!state.registered || state.level === null)
    throw new DomainError<UnitErrorCode>('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị "${unitId}".`, { unitIds: [unitId] });
  if (reason.trim() === '') throw new DomainError<UnitErrorCode>('REASON_REQUIRED', 'Sửa cấp đơn vị phải nêu lý do (căn cứ của việc sửa).');
  if (level === state.level)
    throw new DomainError<UnitErrorCode>('LEVEL_UNCHANGED', `Đơn vị "${unitId}" đã ở cấp ${LEVEL_NAMES[level]}: không có gì để sửa.`);
  requireLevelInForce(level, state.establishedOn);
  requireFitsParent(lifespan(level, state.establishedOn, state.endedOn), state.parentUnitId, command.parentSpan);
  return [{ type: 'UnitLevelCorrected', data: { unitId, level, previousLevel: state.level, reason } }];
}

export const unitDecider: Decider<UnitCommand, UnitState, UnitEvent> = {
  initialState: () => ({
    registered: false,
    level: null,
    establishedOn: null,
    name: null,
    shortName: null,
    parentUnitId: null,
    endedOn: null,
  }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'UnitRegistered':
        return {
          ...state,
          registered: true,
          level: event.data.level,
          establishedOn: event.data.establishedOn ?? null,
          name: event.data.name,
          shortName: event.data.shortName,
          parentUnitId: event.data.parentUnitId,
        };
      case 'UnitRenamed':
        return { ...state, registered: true, name: event.data.name, shortName: event.data.shortName };
      case 'UnitLevelCorrected':
        return { ...state, level: event.data.level };
      case 'UnitMerged':
      case 'UnitDissolved':
        return { ...state, endedOn: event.data.effectiveDate };
      default:
        // Event types this version does not know leave the state as it is.
        return state;
    }
  },

  decide: (command, state) => {
    switch (command.type) {
      case 'RegisterUnit':
        return decideRegistration(command, state);
      case 'CorrectUnitLevel':
        return decideLevelCorrection(command, state);
      case 'RenameUnit': {
        const { unitId, name, shortName, effectiveDate } = command;
        requireActive(state, unitId);
        if (name === state.name && shortName === state.shortName)
          throw new DomainError<UnitErrorCode>('NAME_UNCHANGED', `Đơn vị "${unitId}" đã mang tên này.`);
        requireNameFree(unitId, state.parentUnitId, name, command.nameTakenBy, `đặt cho đơn vị "${unitId}" một tên khác`);
        return [{ type: 'UnitRenamed', data: { unitId, name, shortName, effectiveDate } }];
      }
      case 'MergeUnit': {
        const { unitId, successorUnitId, effectiveDate } = command;
        requireActive(state, unitId);
        if (successorUnitId === unitId)
          throw new DomainError<UnitErrorCode>('MERGE_INTO_SELF', `Không thể sáp nhập đơn vị "${unitId}" vào chính nó.`);
        if (!command.successorActive)
          throw new DomainError<UnitErrorCode>(
            'SUCCESSOR_NOT_FOUND',
            `Đơn vị kế thừa "${successorUnitId}" chưa được đăng ký hoặc không còn hoạt động: hãy đăng ký đơn vị mới trước.`,
          );
        return [{ type: 'UnitMerged', data: { unitId, successorUnitId, effectiveDate } }];
      }
      case 'DissolveUnit': {
        const { unitId, effectiveDate, reason } = command;
        requireActive(state, unitId);
        if (reason.trim() === '') throw new DomainError<UnitErrorCode>('REASON_REQUIRED', 'Giải thể đơn vị phải nêu lý do.');
        return [{ type: 'UnitDissolved', data: { unitId, effectiveDate, reason } }];
      }
    }
  },
};
