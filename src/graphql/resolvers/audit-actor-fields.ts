import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { readAt } from '../models-at';
import { AuditActor, AuditPerson } from '../types/audit-actor';

@Resolver(() => AuditActor)
export class AuditActorFields {
  @FieldResolver(() => AuditPerson, {
    description: 'Người thực hiện như hiện biết (tại thời điểm đọc): tên gần nhất, có thể khác tên lúc sự kiện được ghi (name).',
  })
  person(@Root() actor: AuditActor, @Ctx() context: GraphQLContext): AuditPerson {
    return readAt(context, actor).auditPerson(actor.personId);
  }
}
