import type { Decider, DomainEvent } from '../../../kernel/decider';
import { DomainError } from '../../../kernel/domain-error';
import type { PersonErrorCode } from './errors';

/**
 * Một người được ghi trong hồ sơ: the full name a report gives. Positions change and depend on the
 * occasion, so each role a person plays is recorded with the position and unit of that occasion.
 */
export interface RegisterPerson {
  type: 'RegisterPerson';
  personId: string;
  fullName: string;
}

export type PersonRegistered = DomainEvent<'PersonRegistered', { personId: string; fullName: string }>;
export type PersonEvent = PersonRegistered;

export const personDecider: Decider<RegisterPerson, { registered: boolean }, PersonEvent> = {
  initialState: () => ({ registered: false }),
  evolve: (state, event) => (event.type === 'PersonRegistered' ? { registered: true } : state),
  decide: (command, state) => {
    if (state.registered)
      throw new DomainError<PersonErrorCode>('PERSON_ALREADY_REGISTERED', `Người "${command.personId}" đã có trong hồ sơ.`);
    if (command.fullName.trim() === '') throw new DomainError<PersonErrorCode>('FULL_NAME_REQUIRED', 'Cần ghi đầy đủ họ và tên.');
    return [{ type: 'PersonRegistered', data: { personId: command.personId, fullName: command.fullName.trim() } }];
  },
};
