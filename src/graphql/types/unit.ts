import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AwardStatus } from '../enums';
import type { At } from '../../../projections/directory/directory-projection';
import type { UnitView } from '../../../projections/directory/views';
import { UnitLevel } from '../../domain/unit/unit-level';
import { CACHE_ID_DESCRIPTION, cacheId } from '../cache-id';
import { Connection } from './connection';

@ObjectType({ description: 'Một tên mà đơn vị đã mang.' })
export class UnitName {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Mang tên này từ ngày (null: từ khi đăng ký)' })
  effectiveFrom!: string | null;
}

@ObjectType({ description: 'Đơn vị là thành viên của một Cụm trong một năm.' })
export class UnitMembership {
  @Field(() => Int) year!: number;
  @Field(() => ID) clusterId!: string;
  @Field({ description: 'Là Cụm trưởng' }) chair!: boolean;
  @Field({ description: 'Là Cụm phó' }) viceChair!: boolean;
  @Field(() => ID, { description: 'Đơn vị có hồ sơ này: chính nó, hoặc đơn vị tiền thân đã sáp nhập vào nó' })
  recordOfUnitId!: string;
}

@ObjectType({ description: 'Danh hiệu của đơn vị trong một năm.' })
export class UnitTitle {
  @Field(() => Int) year!: number;
  @Field(() => ID) clusterId!: string;
  @Field(() => ID) awardId!: string;
  @Field(() => ID) titleId!: string;
  @Field(() => String, { nullable: true }) titleName!: string | null;
  @Field(() => AwardStatus) status!: AwardStatus;
  @Field(() => String, { nullable: true }) decisionNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Căn cứ thu hồi, nếu bị thu hồi' }) revocationGrounds!: string | null;
  @Field(() => ID, { description: 'Đơn vị có hồ sơ này: chính nó, hoặc đơn vị tiền thân đã sáp nhập vào nó' })
  recordOfUnitId!: string;
}

@ObjectType({ description: 'Đơn vị: a procuracy or department that competes in a cluster.' })
export class Unit {
  @Field(() => ID, { name: 'id', description: CACHE_ID_DESCRIPTION })
  cacheId!: string;

  @Field(() => ID, { name: 'unitId', description: 'Mã đơn vị, như nhau ở mọi thời điểm đọc.' })
  id!: string;

  @Field({ description: 'Tên đầy đủ, e.g. "Viện kiểm sát nhân dân thị xã Tân Châu".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Tên viết tắt, e.g. "VKSND thị xã Tân Châu".' })
  shortName!: string | null;

  @Field(() => UnitLevel)
  level!: UnitLevel;

  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên.' })
  parentUnitId!: string | null;

  @Field(() => [UnitName], { description: 'Các tên qua thời gian, cũ nhất trước' })
  names!: UnitName[];

  @Field(() => [ID], { description: 'Các đơn vị đã sáp nhập vào đơn vị này' })
  predecessorUnitIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Đơn vị kế thừa, nếu đã sáp nhập' })
  successorUnitId!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày sáp nhập hoặc giải thể' })
  endedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do giải thể' })
  dissolutionReason!: string | null;

  /** The log position this answer stands at; nested fields read at the same point. */
  at!: At;

  static from(view: UnitView, at: At): Unit {
    return { ...view, cacheId: cacheId(view.id, at), names: [...view.names], predecessorUnitIds: [...view.predecessorUnitIds], at };
  }
}

export const UnitConnection = Connection(Unit, 'Unit');
