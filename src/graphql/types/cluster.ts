import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/directory/directory-projection';
import type { ClusterView, ClusterYearView } from '../../../projections/directory/views';
import { ClusterKind } from '../../domain/cluster/cluster-kind';

@ObjectType({ description: 'Cụm thi đua hoặc Khối thi đua.' })
export class Cluster {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. "Cụm thi đua số 2".' })
  name!: string;

  @Field(() => ClusterKind)
  kind!: ClusterKind;

  @Field(() => ID, { description: 'Cơ quan tổ chức: the unit that formed the cluster and approves its results.' })
  organizerUnitId!: string;

  at!: At;

  static from(view: ClusterView, at: At): Cluster {
    return { ...view, at };
  }
}

@ObjectType({ description: 'Năm thi đua của một Cụm: thành viên, Cụm trưởng, Cụm phó.' })
export class ClusterYear {
  @Field(() => ID)
  clusterId!: string;

  @Field(() => Int, { description: 'Năm thi đua.' })
  year!: number;

  @Field(() => [ID])
  memberUnitIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Cụm trưởng (Khối trưởng).' })
  chairUnitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Cụm phó (Khối phó).' })
  viceChairUnitId!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày lễ ký kết, nếu đã ghi nhận.' })
  ceremonyDate!: string | null;

  at!: At;

  static from(view: ClusterYearView, at: At): ClusterYear {
    return { ...view, memberUnitIds: [...view.memberUnitIds], at };
  }
}
