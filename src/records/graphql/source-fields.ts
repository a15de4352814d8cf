import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf, readAt, type ReadAtPosition } from '../../graphql/models-at';
import { Cluster, ClusterYear } from '../../cluster/graphql/cluster-types';
import { Agreement, Award } from '../../cluster/graphql/year-records-types';
import { Unit } from '../../unit/graphql/unit-types';
import { SourcedRecordKind } from '../domain/source/record-ref';
import { CouncilGql } from './council-types';
import { Document } from './document-types';
import { Ceremony, Person } from './records-types';
import { SourceCitationGql } from './source-types';
import { citingAt, sourcesAt, type Owner } from './source-reads';

const SOURCES = {
  description:
    'Nguồn của hồ sơ (văn bản trong sổ hoặc nguồn bên ngoài) đang được ghi nhận; với năm thi đua gồm cả nguồn của thành viên, chức danh, giao ước, khen thưởng của năm; với buổi lễ gồm cả kết quả sơ kết, tổng kết.',
};
const KINDS = { nullable: true, description: 'Chỉ các loại hồ sơ này (bỏ trống: mọi loại)' } as const;

/** A `sources` field on a record's type: `ownerOf` names the record its object is. */
function sourcesField<T extends ReadAtPosition>(type: ClassType<T>, ownerOf: (record: T) => Owner) {
  @Resolver(() => type)
  class SourcesField {
    @FieldResolver(() => [SourceCitationGql], SOURCES)
    sources(
      @Root() record: T,
      @Arg('kinds', () => [SourcedRecordKind], KINDS) kinds: SourcedRecordKind[] | null,
      @Ctx() context: GraphQLContext,
    ): SourceCitationGql[] {
      return sourcesAt(readAt(context, record), ownerOf(record), kinds ?? null);
    }
  }
  return SourcesField;
}

export const sourceFields = [
  sourcesField(Unit, (unit) => ({ kind: SourcedRecordKind.UNIT, id: unit.id })),
  sourcesField(Cluster, (cluster) => ({ kind: SourcedRecordKind.CLUSTER, id: cluster.id })),
  sourcesField(ClusterYear, (year) => ({ kind: SourcedRecordKind.CLUSTER_YEAR, id: year.clusterId, year: year.year })),
  sourcesField(Agreement, (agreement) => ({ kind: SourcedRecordKind.AGREEMENT, id: agreement.clusterId, year: agreement.year })),
  sourcesField(Award, (award) => ({ kind: SourcedRecordKind.AWARD, id: award.clusterId, year: award.year, partId: award.awardId })),
  sourcesField(Ceremony, (ceremony) => ({ kind: SourcedRecordKind.MEETING, id: ceremony.ceremonyId })),
  sourcesField(Document, (document) => ({ kind: SourcedRecordKind.DOCUMENT, id: document.documentId })),
  sourcesField(Person, (person) => ({ kind: SourcedRecordKind.PERSON, id: person.personId })),
  sourcesField(CouncilGql, (council) => ({ kind: SourcedRecordKind.COUNCIL, id: council.councilId })),
] as const;

@Resolver()
export class SourceQueries {
  @Authorized()
  @Query(() => [SourceCitationGql], {
    description: 'Các hồ sơ lấy một văn bản trong sổ làm nguồn (đang được ghi nhận), theo thứ tự ghi: để kiểm tra đối chiếu văn bản đó.',
  })
  recordsCitingSource(
    @Arg('documentId', () => ID) documentId: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): SourceCitationGql[] {
    return citingAt(readAsOf(context, asOf), documentId);
  }
}
