import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CommandResult', { description: 'What a command did: the events it appended and where.' })
export class CommandResultGql {
  @Field(() => ID, { description: 'The idempotency key: send it again to retry safely.' })
  commandId!: string;

  @Field()
  stream!: string;

  @Field(() => SafeIntResolver, { description: 'Global log position of the last event written.' })
  position!: number;

  @Field(() => Int, { description: "Revision of the stream's last event." })
  revision!: number;

  @Field(() => [String])
  eventTypes!: string[];

  @Field({ description: 'True when this command id had already run: nothing new was appended.' })
  duplicate!: boolean;
}
