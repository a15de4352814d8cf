import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AuditActor, AuditPerson, auditPerson } from '../types/audit-actor';

@Resolver(() => AuditActor)
export class AuditActorFields {
  @FieldResolver(() => AuditPerson, {
    description: 'Người thực hiện như hiện biết (tại thời điểm đọc): tên gần nhất, có thể khác tên lúc sự kiện được ghi (name).',
  })
  person(@Root() actor: AuditActor, @Ctx() { app }: GraphQLContext): AuditPerson {
    return auditPerson(actor.personId, app.models.auditLog.nameOf(actor.personId, actor.at), actor.at);
  }
}
