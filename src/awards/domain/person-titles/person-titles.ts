import type { Decider, DomainEvent } from '../../../kernel/decider';
import { DomainError } from '../../../kernel/domain-error';
import type { PersonTitleErrorCode } from './errors';

/**
 * Đăng ký danh hiệu thi đua cá nhân: the persons of a unit register, each year, the title they
 * strive for, in their unit's year as units register in their cluster's.
 */
export interface RegisterPersonTitle {
  type: 'RegisterPersonTitle';
  unitId: string;
  year: number;
  personId: string;
  titleId: string;
  /** Gathered */
  unitRegistered: boolean;
  personRegistered: boolean;
  /** Gathered: the catalogue holds the title, as a title for persons. */
  titleForPersons: boolean;
}

export interface WithdrawPersonTitle {
  type: 'WithdrawPersonTitle';
  unitId: string;
  year: number;
  personId: string;
}

export type PersonTitleCommand = RegisterPersonTitle | WithdrawPersonTitle;

interface OfUnitYear {
  unitId: string;
  year: number;
  personId: string;
}
export type PersonTitleRegistered = DomainEvent<'PersonTitleRegistered', OfUnitYear & { titleId: string }>;
export type PersonTitleWithdrawn = DomainEvent<'PersonTitleWithdrawn', OfUnitYear>;
export type PersonTitleEvent = PersonTitleRegistered | PersonTitleWithdrawn;

/** The title each person of the unit registered for that year, by person. */
export interface PersonTitlesState {
  registrations: ReadonlyMap<string, string>;
}

const refuse = (code: PersonTitleErrorCode, message: string): never => {
  throw new DomainError<PersonTitleErrorCode>(code, message);
};

function register(command: RegisterPersonTitle, state: PersonTitlesState): PersonTitleEvent[] {
  const { unitId, year, personId, titleId } = command;
  if (!command.unitRegistered) refuse('UNIT_NOT_FOUND', `Chưa đăng ký đơn vị "${unitId}": hãy đăng ký đơn vị trước (registerUnit).`);
  if (!command.personRegistered) refuse('PERSON_NOT_FOUND', `Chưa ghi người "${personId}" vào hồ sơ: hãy ghi trước (registerPerson).`);
  if (!command.titleForPersons)
    refuse(
      'PERSON_TITLE_UNKNOWN',
      `"${titleId}" không phải danh hiệu thi đua cá nhân trong danh mục (awardCatalogue): chọn danh hiệu dành cho cá nhân.`,
    );
  if (state.registrations.get(personId) === titleId)
    refuse('PERSON_TITLE_ALREADY_REGISTERED', `Người "${personId}" đã đăng ký danh hiệu "${titleId}" năm ${year} tại đơn vị "${unitId}".`);
  return [{ type: 'PersonTitleRegistered', data: { unitId, year, personId, titleId } }];
}

function withdraw(command: WithdrawPersonTitle, state: PersonTitlesState): PersonTitleEvent[] {
  const { unitId, year, personId } = command;
  if (!state.registrations.has(personId))
    refuse('PERSON_TITLE_NOT_REGISTERED', `Người "${personId}" chưa đăng ký danh hiệu nào năm ${year} tại đơn vị "${unitId}".`);
  return [{ type: 'PersonTitleWithdrawn', data: { unitId, year, personId } }];
}

export const personTitlesDecider: Decider<PersonTitleCommand, PersonTitlesState, PersonTitleEvent> = {
  initialState: () => ({ registrations: new Map() }),
  evolve: (state, event) => {
    const registrations = new Map(state.registrations);
    if (event.type === 'PersonTitleRegistered') registrations.set(event.data.personId, event.data.titleId);
    else registrations.delete(event.data.personId);
    return { registrations };
  },
  decide: (command, state) => (command.type === 'RegisterPersonTitle' ? register(command, state) : withdraw(command, state)),
};

/** The persons' titles from the lowest: registering for one strives for those below it too. */
const PERSON_LADDER = ['ca-nhan-lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-nganh', 'chien-si-thi-dua-toan-quoc'];

export function personTitlesCoveredBy(registered: string): readonly string[] {
  const rung = PERSON_LADDER.indexOf(registered);
  return rung < 0 ? [registered] : PERSON_LADDER.slice(0, rung + 1);
}
