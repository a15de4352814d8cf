import { Field, ID, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/history';
import { globalId, idDescription } from '../../graphql/global-id';
import { Node } from '../../graphql/node';

/** An actor as event metadata records it: what the token said at that command. */
export interface RecordedActor {
  id: string;
  name: string | null;
  role: string;
  unitId: string | null;
}

@ObjectType({
  implements: Node,
  description:
    'Một người (sub của token) với tên gần nhất mà token của họ mang, tại thời điểm đọc; khác với người thực hiện của từng sự kiện (AuditActor), là tên lúc đó.',
})
export class AuditPerson {
  @Field(() => ID, {
    name: 'id',
    description: `${idDescription('AuditPerson', { personId: 'nguyen-van-a' })} Đọc với asOf, tên có thể khác tên hiện nay.`,
  })
  globalId!: string;

  @Field(() => ID, { description: 'Sub của token, như nhau ở mọi thời điểm đọc.' }) personId!: string;
  @Field(() => String, { nullable: true, description: 'Tên gần nhất đã ghi nhận (null: chưa token nào mang tên).' }) name!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    'Người thực hiện một sự kiện, như token đã xác thực ghi nhận lúc đó: tên, vai trò, đơn vị của lúc đó, không phải của hiện nay. Mỗi sự kiện có bản ghi riêng (id riêng), nên bộ nhớ đệm của client không gộp nó với người (person) hay với người thực hiện của sự kiện khác.',
})
export class AuditActor {
  @Field(() => ID, {
    name: 'id',
    description: `${idDescription('AuditActor', { personId: 'nguyen-van-a', position: 42 })} Khóa là sub của token và vị trí của sự kiện: riêng cho sự kiện này; mã của người là personId.`,
  })
  globalId!: string;

  @Field(() => ID, { description: 'Người thực hiện: sub của token.' }) personId!: string;
  @Field(() => String, { nullable: true, description: 'Tên token mang lúc đó.' }) name!: string | null;
  @Field({ description: 'Vai trò token mang lúc đó.' }) role!: string;
  @Field(() => ID, { nullable: true, description: 'Đơn vị token mang lúc đó.' }) unitId!: string | null;
  /** Where the read stands: the person's name is read there. */
  at!: At;

  /** The actor of the event at `position`, read at `at`; null for an event recorded without one. */
  static of(actor: RecordedActor | undefined, position: number, at: At): AuditActor | null {
    if (!actor) return null;
    const { id: personId, name, role, unitId } = actor;
    return { globalId: globalId('AuditActor', { personId, position }, at), personId, name: name ?? null, role, unitId: unitId ?? null, at };
  }
}

/** The person an actor is, with the name as known at the read's position. */
export function auditPerson(personId: string, name: string | null, at: At): AuditPerson {
  return { globalId: globalId('AuditPerson', { personId }, at), personId, name };
}
