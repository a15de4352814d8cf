import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';
import type { EventStore } from '../eventstore/port';
import { commandContext, type GraphQLContext } from './context';
import type { CommandInput } from './command-input';

type Handler<I> = (store: EventStore, input: I, context: CommandContext) => Promise<CommandResult>;

/** Hands a mutation's input to its command handler; the caller's next query will wait for the write. */
export async function executeCommand<T extends CommandInput, I>(
  context: GraphQLContext,
  input: T,
  handler: Handler<I>,
  toCommand: (input: Omit<T, 'commandId'>) => I,
  /** For commands that require a reason: it also goes into every event's metadata, for auditors. */
  reasonOf?: (input: T) => string,
): Promise<CommandResult> {
  const { commandId, ...rest } = input;
  const base = commandContext(context, commandId);
  const command = reasonOf ? { ...base, reason: reasonOf(input) } : base;
  const result = await handler(context.ports.log, toCommand(rest), command);
  context.wrote(result.position);
  return result;
}

/** For mutations whose input already is the command's input. */
export const same = <T>(input: T): T => input;
