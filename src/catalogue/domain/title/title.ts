import type { Decider, DomainEvent } from '../../../kernel/decider';
import { DomainError } from '../../../kernel/domain-error';
import { isStandardTitle } from './standard-titles';
import type { TitleErrorCode } from './errors';

/** Một danh hiệu được bổ sung vào danh mục. */
export type TitleDefined = DomainEvent<'TitleDefined', { titleId: string; name: string; collective: boolean }>;
export type TitleEvent = TitleDefined;

export interface DefineTitle {
  type: 'DefineTitle';
  titleId: string;
  name: string;
  collective: boolean;
}
export type TitleCommand = DefineTitle;

export interface TitleState {
  defined: boolean;
}

export const titleDecider: Decider<TitleCommand, TitleState, TitleEvent> = {
  initialState: () => ({ defined: false }),
  evolve: (state, event) => (event.type === 'TitleDefined' ? { defined: true } : state),
  decide: (command, state) => {
    if (state.defined || isStandardTitle(command.titleId))
      throw new DomainError<TitleErrorCode>('TITLE_ALREADY_DEFINED', `Danh hiệu "${command.titleId}" đã có trong danh mục.`);
    const { titleId, name, collective } = command;
    return [{ type: 'TitleDefined', data: { titleId, name, collective } }];
  },
};
