import { criteriaDecider, type PublishCriteriaSet } from './domain/criteria/decider';
import { streams } from '../kernel/streams';
import { titleDecider, type DefineTitle } from './domain/title/title';
import type { EventStore } from '../eventstore/port';
import type { CommandContext } from '../commands/command-context';
import { runCommand } from '../commands/pipeline';

export type PublishCriteriaSetInput = Omit<PublishCriteriaSet, 'type'>;
export type DefineTitleInput = Omit<DefineTitle, 'type'>;

/** Ban hành (một phiên bản mới của) bộ tiêu chí. */
export function publishCriteriaSet(store: EventStore, input: PublishCriteriaSetInput, context: CommandContext) {
  return runCommand(
    store,
    criteriaDecider,
    streams.criteria(input.criteriaSetId),
    { type: 'PublishCriteriaSet', input },
    () => ({ type: 'PublishCriteriaSet' as const, ...input }),
    context,
  );
}

/** Bổ sung danh hiệu vào danh mục. */
export function defineTitle(store: EventStore, input: DefineTitleInput, context: CommandContext) {
  return runCommand(
    store,
    titleDecider,
    streams.title(input.titleId),
    { type: 'DefineTitle', input },
    () => ({ type: 'DefineTitle' as const, ...input }),
    context,
  );
}
