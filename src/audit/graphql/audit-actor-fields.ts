import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { readAt } from '../../graphql/models-at';
import { AuditActor, AuditPerson } from './audit-actor';
import { auditPersonAt } from './audit-reads';

@Resolver(() => AuditActor)
export class AuditActorFields {
  @FieldResolver(() => AuditPerson, {
    description: 'Người thực hiện như hiện biết (tại thời điểm đọc): tên gần nhất, có thể khác tên lúc sự kiện được ghi (name).',
  })
  person(@Root() actor: AuditActor, @Ctx() context: GraphQLContext): AuditPerson {
    return auditPersonAt(readAt(context, actor), actor.personId);
  }
}
