import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { entryById } from '../../catalogue/domain/award-catalogue/catalogue';
import { criteriaSetVersionsAt } from '../../catalogue/graphql/catalogue-reads';
import { awardsOf, membershipsOf, yearRecordsAt } from '../../cluster/graphql/cluster-reads';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf, type ModelsAt } from '../../graphql/models-at';
import { rankingAt } from '../../scorecard/graphql/scorecard-reads';
import type { Candidate } from '../domain/dossier/parties';
import { eligibleAwards, type CandidateYear, type ClusterYearFacts, type EligibilitySuggestion, type UnitRating } from '../eligibility';
import { awardsOfAt } from './dossier-reads';

@ObjectType('EligibilityReason', { description: 'Một điều kiện của gợi ý: nội dung, căn cứ pháp lý, và kết quả kiểm tra.' })
export class EligibilityReasonGql {
  @Field({ description: 'Điều kiện và điều hồ sơ ghi nhận về nó' }) rule!: string;
  @Field(() => String, { nullable: true, description: 'Căn cứ: điều, khoản của văn bản; null khi quy tắc không dẫn văn bản' })
  basis!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Đạt, không đạt; null: hồ sơ chưa ghi nhận bước cần thiết' })
  met!: boolean | null;
}

@ObjectType('EligibleAward', {
  description:
    'Hồ sơ gợi ý: một danh hiệu hoặc hình thức trong danh mục mà đối tượng có thể được đề nghị, với các điều kiện đã kiểm tra. Giới hạn tỷ lệ chỉ để tham khảo, không tính vào kết luận.',
})
export class EligibleAwardGql {
  @Field(() => ID, { description: 'Mã trong danh mục (awardCatalogue)' }) entryId!: string;
  @Field({ description: 'Tên danh hiệu, hình thức như danh mục ghi' }) entryName!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Đủ điều kiện theo hồ sơ; null: có điều kiện chưa kiểm tra được, hoặc không có điều kiện tự động kiểm tra được',
  })
  eligible!: boolean | null;
  @Field(() => [EligibilityReasonGql]) reasons!: EligibilityReasonGql[];

  static from(suggestion: EligibilitySuggestion): EligibleAwardGql {
    return { ...suggestion, entryName: entryById(suggestion.entryId)?.name ?? suggestion.entryId };
  }
}

/** Entries decided for the candidate that year by a dossier and not revoked. */
function heldByDossier(read: ModelsAt, candidate: Candidate, year: number): string[] {
  return awardsOfAt(read, candidate)
    .filter((award) => award.year === year && award.revokedGrounds === null)
    .map((award) => award.entryId);
}

/** The unit's line of the cluster's ranking, with the thresholds of the criteria set the year adopted. */
function ratingOf(read: ModelsAt, clusterId: string, year: number, unitId: string) {
  const ranking = rankingAt(read, clusterId, year);
  if (!ranking) return { rating: null, ratedAtLeast: {} };
  const { criteriaSetId, version } = ranking.criteriaSet;
  const set = criteriaSetVersionsAt(read, criteriaSetId).find((v) => v.version === version);
  const thresholds = set?.thresholds ?? [];
  const scored = ranking.units.filter((u) => u.effectiveStage !== null);
  const ratedAtLeast = Object.fromEntries(
    thresholds.flatMap((t) => (t.titleId ? [[t.titleId, scored.filter((u) => u.effectiveTotal >= t.minPoints).length]] : [])),
  ) as Record<string, number>;
  const line = scored.find((u) => u.unitId === unitId);
  const rating: UnitRating | null = line ? { ...line, total: line.effectiveTotal, thresholds, legalBasis: set?.legalBasis ?? null } : null;
  return { rating, ratedAtLeast };
}

/** How many of the year's members hold each entry: decided in the cluster year or by a dossier, not revoked. */
function holdersIn(read: ModelsAt, members: readonly string[], year: number): Record<string, number> {
  const holders = new Map<string, Set<string>>();
  const hold = (entryId: string, unitId: string) => holders.set(entryId, (holders.get(entryId) ?? new Set()).add(unitId));
  for (const unitId of members) {
    for (const { year: y, award } of awardsOf(read, unitId)) if (y === year && award.status === 'DECIDED') hold(award.titleId, unitId);
    for (const entryId of heldByDossier(read, { kind: 'UNIT', id: unitId }, year)) hold(entryId, unitId);
  }
  return Object.fromEntries([...holders].map(([entryId, units]) => [entryId, units.size]));
}

/**
 * Whether the registrations on record tell about the unit: not when the year names none, nor when a
 * report states more registrations than are named (the unit may be one of those not named).
 */
function registrationOf(records: ReturnType<typeof yearRecordsAt>, unitId: string): ClusterYearFacts['registration'] {
  const own = records?.registrations.find((r) => r.unitId === unitId);
  if (own) return { onRecord: true, titleId: own.titleId };
  const stated = records?.registrationCounts?.counts.reduce((sum, c) => sum + c.units, 0) ?? 0;
  const named = records?.registrations.length ?? 0;
  return named === 0 || stated > named ? { onRecord: false } : { onRecord: true, titleId: null };
}

function clusterFacts(read: ModelsAt, membership: { clusterId: string; memberUnitIds: readonly string[] }, year: number, unitId: string) {
  const { clusterId, memberUnitIds } = membership;
  const records = yearRecordsAt(read, clusterId, year);
  const votes = (records?.votes ?? [])
    .filter((vote) => vote.closed)
    .flatMap((vote) =>
      vote.tallies
        .filter((t) => t.unitId === unitId)
        .map((t) => ({ titleId: vote.titleId, approvals: t.approvals, eligibleVoters: vote.eligibleVoters ?? memberUnitIds.length })),
    );
  return {
    clusterId,
    registration: registrationOf(records, unitId),
    ...ratingOf(read, clusterId, year, unitId),
    votes,
    holders: holdersIn(read, memberUnitIds, year),
  } satisfies ClusterYearFacts;
}

function unitYear(read: ModelsAt, unitId: string, year: number): CandidateYear {
  const clusters = membershipsOf(read, unitId)
    .filter((m) => m.year === year)
    .map((m) => clusterFacts(read, m, year, unitId));
  const fromClusters = awardsOf(read, unitId)
    .filter((a) => a.year === year && a.award.status === 'DECIDED')
    .map((a) => a.award.titleId);
  return {
    kind: 'UNIT',
    year,
    clusters,
    held: [...new Set([...fromClusters, ...heldByDossier(read, { kind: 'UNIT', id: unitId }, year)])],
  };
}

/** Exactly one of the two: an argument left out arrives undefined, one sent as null arrives null, and both mean "not given". */
function candidateOf(unitId: string | null, personId: string | null): Candidate {
  if (unitId !== null && personId === null) return { kind: 'UNIT', id: unitId };
  if (personId !== null && unitId === null) return { kind: 'PERSON', id: personId };
  throw new GraphQLError('Cần nêu đúng một trong hai: "unitId" (gợi ý cho đơn vị) hoặc "personId" (gợi ý cho cá nhân).', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

@Resolver()
export class EligibilityQueries {
  @Authorized()
  @Query(() => [EligibleAwardGql], {
    description:
      'Hồ sơ gợi ý: các danh hiệu, hình thức trong danh mục mà một đơn vị (unitId) hoặc một cá nhân (personId) có thể được đề nghị trong năm, mỗi mục với điều kiện và căn cứ. Điều hồ sơ chưa ghi nhận thì để trống (null), không suy đoán.',
  })
  eligibleAwards(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Arg('personId', () => ID, { nullable: true }) personId: string | null | undefined,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): EligibleAwardGql[] {
    const candidate = candidateOf(unitId ?? null, personId ?? null);
    const read = readAsOf(context, asOf);
    const record: CandidateYear =
      candidate.kind === 'UNIT' ? unitYear(read, candidate.id, year) : { kind: 'PERSON', year, held: heldByDossier(read, candidate, year) };
    return eligibleAwards(record).map((suggestion) => EligibleAwardGql.from(suggestion));
  }
}
