import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/cluster/directory-projection';
import type { ClusterView, ClusterYearView } from '../../../projections/cluster/views';
import { nameDateOf } from '../../../projections/cluster/names-by-year';
import { fullDate, PartialDateGql } from '../../graphql/partial-date';
import { ClusterKind } from '../domain/cluster-kind';
import { globalId, idDescription } from '../../graphql/global-id';
import { Connection } from '../../graphql/connection';
import { Node } from '../../graphql/node';

@ObjectType({ implements: Node, description: 'Cụm thi đua hoặc Khối thi đua.' })
export class Cluster {
  @Field(() => ID, { name: 'id', description: idDescription('Cluster', { clusterId: 'ag-2' }) })
  globalId!: string;

  @Field(() => ID, { name: 'clusterId', description: 'Mã Cụm, như nhau ở mọi thời điểm đọc.' })
  id!: string;

  @Field({ description: 'e.g. "Cụm thi đua số 2".' })
  name!: string;

  @Field(() => ClusterKind)
  kind!: ClusterKind;

  @Field(() => ID, { description: 'Cơ quan tổ chức: the unit that formed the cluster and approves its results.' })
  organizerUnitId!: string;

  at!: At;

  static from(view: ClusterView, at: At): Cluster {
    return { ...view, globalId: globalId('Cluster', { clusterId: view.id }, at), at };
  }
}

@ObjectType({ implements: Node, description: 'Năm thi đua của một Cụm: thành viên, Cụm trưởng, Cụm phó.' })
export class ClusterYear {
  @Field(() => ID, { name: 'id', description: idDescription('ClusterYear', { clusterId: 'ag-2', year: 2024 }) })
  globalId!: string;

  @Field(() => ID)
  clusterId!: string;

  @Field(() => Int, { description: 'Năm thi đua.' })
  year!: number;

  @Field(() => [ID])
  memberUnitIds!: string[];

  @Field({
    description: 'Danh sách thành viên đã đầy đủ chưa: false khi báo cáo chỉ nêu một số đơn vị (và các đơn vị khác chưa ghi nhận).',
  })
  membershipComplete!: boolean;

  @Field(() => ID, { nullable: true, description: 'Cụm trưởng (Khối trưởng).' })
  chairUnitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Cụm phó (Khối phó).' })
  viceChairUnitId!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày lễ ký kết, nếu đã ghi nhận đến ngày (xem signingDate).' })
  ceremonyDate!: string | null;

  @Field(() => PartialDateGql, { nullable: true, description: 'Ngày lễ ký kết với độ chính xác như báo cáo nêu (null: chưa ghi nhận).' })
  signingDate!: PartialDateGql | null;

  /** The date the year's names are read at (see nameDateOf). */
  namesOn!: string;
  at!: At;

  static from(view: ClusterYearView, at: At): ClusterYear {
    const key = { clusterId: view.clusterId, year: view.year };
    return {
      ...view,
      ceremonyDate: fullDate(view.ceremonyDate),
      signingDate: PartialDateGql.of(view.ceremonyDate),
      namesOn: nameDateOf(view),
      globalId: globalId('ClusterYear', key, at),
      memberUnitIds: [...view.memberUnitIds],
      at,
    };
  }
}

export const ClusterConnection = Connection(Cluster, 'Cluster');
export const ClusterYearConnection = Connection(ClusterYear, 'ClusterYear');
