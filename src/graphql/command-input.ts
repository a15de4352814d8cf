import { IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ID_MESSAGE, ID_PATTERN } from './validation';

/** Fields every mutation input shares; type-graphql inherits fields only from a registered input type. */
@InputType()
export abstract class CommandInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "Idempotency key chosen by the client, scoped to the caller: a retry of the same command with the same id appends nothing new and answers duplicate: true; the same id with another command or input answers IDEMPOTENCY_KEY_REUSED. Another caller's id is another key.",
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  commandId?: string;
}
