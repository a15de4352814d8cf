import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphEdgeKind, GraphNodeKind } from '../../../projections/cluster/cluster-graph';
import { ClusterChange, YearRole } from '../../../projections/cluster/cluster-graph-diff';
import { idDescription } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
registerEnumType(GraphNodeKind, { name: 'GraphNodeKind' });
registerEnumType(GraphEdgeKind, {
  name: 'GraphEdgeKind',
  valuesConfig: {
    MEMBER_OF: { description: 'unit → cluster: thành viên' },
    CHAIR_OF: { description: 'unit → cluster: Cụm trưởng' },
    VICE_CHAIR_OF: { description: 'unit → cluster: Cụm phó' },
    PARENT_UNIT: { description: 'unit → its parent unit: đơn vị cấp trên' },
    ORGANIZER_OF: { description: 'unit → cluster: cơ quan tổ chức' },
  },
});

@ObjectType('GraphNode', { implements: Node })
export class GraphNodeGql {
  @Field(() => ID, { name: 'id', description: idDescription('GraphNode', { year: 2024, key: 'unit:tan-chau' }) })
  globalId!: string;

  @Field(() => ID, { name: 'key', description: 'Unique in the graph, named by edges: "unit:<id>" or "cluster:<id>".' })
  id!: string;

  @Field(() => GraphNodeKind)
  kind!: GraphNodeKind;

  @Field(() => ID, { description: 'The id of the unit or cluster.' })
  entityId!: string;

  @Field({ description: 'Tên (viết tắt) của đơn vị như trong năm của sơ đồ; tên Cụm.' })
  label!: string;

  @Field({ description: 'Tên (viết tắt) hiện nay của đơn vị; tên Cụm.' })
  currentLabel!: string;

  @Field({ description: 'The unit level or the cluster kind.' })
  category!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Ghi chú của nút: với Cụm chỉ biết một số thành viên, "và các đơn vị khác chưa ghi nhận"; null khi không có.',
  })
  note!: string | null;
}

@ObjectType('GraphEdge')
export class GraphEdgeGql {
  @Field(() => GraphEdgeKind)
  kind!: GraphEdgeKind;

  @Field(() => ID, { description: 'Node key.' })
  source!: string;

  @Field(() => ID, { description: 'Node key.' })
  target!: string;
}

@ObjectType('ClusterGraph', {
  description: 'Sơ đồ các Cụm thi đua của một năm: đơn vị, cụm, thành viên, Cụm trưởng/Cụm phó, đơn vị cấp trên.',
})
export class ClusterGraphGql {
  @Field(() => Int)
  year!: number;

  @Field(() => [GraphNodeGql])
  nodes!: GraphNodeGql[];

  @Field(() => [GraphEdgeGql])
  edges!: GraphEdgeGql[];
}

registerEnumType(YearRole, { name: 'YearRole', description: 'Cụm trưởng, Cụm phó hoặc thành viên' });
registerEnumType(ClusterChange, { name: 'ClusterChange' });

@ObjectType()
export class RoleChange {
  @Field(() => ID) unitId!: string;
  @Field(() => YearRole) from!: YearRole;
  @Field(() => YearRole) to!: YearRole;
}

@ObjectType('OfficeChange', {
  description: 'Đơn vị giữ một chức danh (Cụm trưởng hoặc Cụm phó) ở hai năm; null: không có hoặc chưa ghi nhận.',
})
export class OfficeChangeGql {
  @Field(() => YearRole) office!: YearRole;
  @Field(() => ID, { nullable: true }) fromUnitId!: string | null;
  @Field(() => ID, { nullable: true }) toUnitId!: string | null;
}

@ObjectType('ClusterDiff', { description: 'Thay đổi của một Cụm giữa hai năm.' })
export class ClusterDiffGql {
  @Field(() => ID) clusterId!: string;
  @Field(() => ClusterChange) change!: ClusterChange;
  @Field(() => [ID], { description: 'Đơn vị gia nhập' }) joined!: string[];
  @Field(() => [ID], { description: 'Đơn vị rời đi' }) left!: string[];
  @Field(() => [RoleChange]) roleChanges!: RoleChange[];
  @Field(() => [OfficeChangeGql], { description: 'Cụm trưởng, Cụm phó đổi giữa hai năm (kể cả khi một năm không có)' })
  officeChanges!: OfficeChangeGql[];
}

@ObjectType('UnitRename')
export class UnitRenameGql {
  @Field(() => ID) unitId!: string;
  @Field() fromName!: string;
  @Field() toName!: string;
}

@ObjectType({ description: 'So sánh sơ đồ Cụm thi đua giữa hai năm.' })
export class ClusterGraphDiff {
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
  @Field(() => [ClusterDiffGql]) clusters!: ClusterDiffGql[];
  @Field(() => [UnitRenameGql]) renamedUnits!: UnitRenameGql[];
}
