import { Field, ID, InterfaceType } from 'type-graphql';
import { GLOBAL_ID_DESCRIPTION } from './global-id';

/**
 * Relay's Global Object Identification: every object with an `id` implements it, and `node(id:)`
 * answers it again. Implementations keep the id in `globalId` (their own `id` property, where they
 * have one, is the domain's id), so the interface's type is read from it (see schema.ts).
 */
@InterfaceType('Node', { description: 'Một đối tượng có mã toàn cục (Relay): đọc lại bằng node(id:) hoặc nodes(ids:).' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: GLOBAL_ID_DESCRIPTION })
  globalId!: string;
}
