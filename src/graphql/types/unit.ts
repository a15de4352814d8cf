import { Field, ID, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/directory/directory-projection';
import type { UnitView } from '../../../projections/directory/views';
import { UnitLevel } from '../../domain/unit/unit-level';

@ObjectType({ description: 'Đơn vị: a procuracy or department that competes in a cluster.' })
export class Unit {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Tên đầy đủ, e.g. "Viện kiểm sát nhân dân thị xã Tân Châu".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Tên viết tắt, e.g. "VKSND thị xã Tân Châu".' })
  shortName!: string | null;

  @Field(() => UnitLevel)
  level!: UnitLevel;

  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên.' })
  parentUnitId!: string | null;

  /** The log position this answer stands at; nested fields read at the same point. */
  at!: At;

  static from(view: UnitView, at: At): Unit {
    return { ...view, at };
  }
}
