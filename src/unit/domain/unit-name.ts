import type { Decider, DomainEvent } from '../../kernel/decider';

/**
 * Tên đơn vị: which unit bears a full name under a parent. One stream per (parent, name) records
 * each unit that took the name; the rule (a name is not taken twice) is the unit decider's, which
 * receives the current bearer as a fact. A registration and a rename record the name they give.
 */
export type UnitNameRecorded = DomainEvent<'UnitNameRecorded', { unitId: string; parentUnitId: string | null; name: string }>;

export interface RecordUnitName {
  type: 'RecordUnitName';
  unitId: string;
  parentUnitId: string | null;
  name: string;
}

export interface UnitNameState {
  /** The unit that last took the name, or null. */
  holder: string | null;
}

export const unitNameDecider: Decider<RecordUnitName, UnitNameState, UnitNameRecorded> = {
  initialState: () => ({ holder: null }),
  evolve: (state, event) => (event.type === 'UnitNameRecorded' ? { holder: event.data.unitId } : state),
  decide: ({ unitId, parentUnitId, name }) => [{ type: 'UnitNameRecorded', data: { unitId, parentUnitId, name } }],
};

/** Full names compare as people read them: Unicode-normalized, case and spacing ignored, diacritics kept. */
export const sameUnitName = (a: string, b: string) => normalizedName(a) === normalizedName(b);

const normalizedName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** What makes a name unique: the parent and the normalized full name. */
export const unitNameKey = (parentUnitId: string | null, name: string) => `${parentUnitId ?? ''}\n${normalizedName(name)}`;
