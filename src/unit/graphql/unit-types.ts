import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/cluster/directory-projection';
import { nameOn } from '../../../projections/cluster/names-by-year';
import type { UnitView } from '../../../projections/cluster/views';
import { lifespan } from '../domain/lifespan';
import { UnitLevel } from '../domain/unit-level';
import { globalId, idDescription, presentId } from '../../graphql/global-id';
import { Connection } from '../../graphql/connection';
import { Node } from '../../graphql/node';

@ObjectType('UnitName', { description: 'Một tên mà đơn vị đã mang.' })
export class UnitNameGql {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Mang tên này từ ngày (null: từ khi đăng ký)' })
  effectiveFrom!: string | null;
}

const UNIT_ID_DESCRIPTION = `${idDescription('Unit', { unitId: 'tan-chau', namedOn: null })} Đơn vị mang tên đọc theo ngày namedAsOn (trong câu hỏi về một năm) là đối tượng khác: \`${presentId('Unit', { unitId: 'tan-chau', namedOn: '2024-03-01' })}\`.`;

@ObjectType({ implements: Node, description: 'Đơn vị: a procuracy or department that competes in a cluster.' })
export class Unit {
  @Field(() => ID, { name: 'id', description: UNIT_ID_DESCRIPTION })
  globalId!: string;

  @Field(() => ID, { name: 'unitId', description: 'Mã đơn vị, như nhau ở mọi thời điểm đọc.' })
  id!: string;

  @Field({
    description:
      'Tên đầy đủ, e.g. "Viện kiểm sát nhân dân thị xã Tân Châu": trong câu hỏi về một năm thi đua, tên đơn vị mang trong năm đó (ngày lễ ký kết, hoặc cuối năm); ngoài ra, tên hiện nay.',
  })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Tên viết tắt, e.g. "VKSND thị xã Tân Châu", cùng thời điểm với name.' })
  shortName!: string | null;

  @Field({ description: 'Tên đầy đủ hiện nay (sau mọi lần đổi tên đã biết).' })
  currentName!: string;

  @Field(() => String, { nullable: true, description: 'Tên viết tắt hiện nay.' })
  currentShortName!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày mà name và shortName được đọc theo (null: tên hiện nay).' })
  namedAsOn!: string | null;

  @Field(() => UnitLevel)
  level!: UnitLevel;

  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên.' })
  parentUnitId!: string | null;

  @Field(() => [UnitNameGql], { description: 'Các tên qua thời gian, cũ nhất trước' })
  names!: UnitNameGql[];

  @Field(() => [ID], { description: 'Các đơn vị đã sáp nhập vào đơn vị này' })
  predecessorUnitIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Đơn vị kế thừa, nếu đã sáp nhập' })
  successorUnitId!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày thành lập, nếu đã ghi nhận' })
  establishedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày sáp nhập hoặc giải thể' })
  endedOn!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Tồn tại từ ngày: ngày thành lập, hoặc ngày cấp của đơn vị được lập (VKSND khu vực: 01/07/2025); null: không rõ',
  })
  existsFrom!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Tồn tại đến trước ngày: sáp nhập, giải thể, hoặc cấp của đơn vị bị bãi bỏ (VKSND cấp huyện, cấp cao: 01/07/2025); null: vẫn còn',
  })
  existsUntil!: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do giải thể' })
  dissolutionReason!: string | null;

  /** The log position this answer stands at; nested fields read at the same point. */
  at!: At;

  /**
   * `namedOn`: read the name as in force on this date (a read about a year), else today's. A unit
   * named as of a date is another object to a client cache than the unit today: its key says the date.
   */
  static from(view: UnitView, at: At, namedOn: string | null = null): Unit {
    const named = namedOn ? nameOn(view, namedOn) : view;
    const span = lifespan(view.level, view.establishedOn, view.endedOn);
    return {
      existsFrom: span.from,
      existsUntil: span.until,
      ...view,
      globalId: globalId('Unit', { unitId: view.id, namedOn }, at),
      name: named.name,
      shortName: named.shortName,
      currentName: view.name,
      currentShortName: view.shortName,
      namedAsOn: namedOn,
      names: [...view.names],
      predecessorUnitIds: [...view.predecessorUnitIds],
      at,
    };
  }
}

export const UnitConnection = Connection(Unit, 'Unit');
