import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { YearRecordsView } from '../../../projections/cluster/year/views';
import type { GraphQLContext } from '../../graphql/context';
import type { AwardStatusGql } from '../../graphql/enums';
import { readAt } from '../../graphql/models-at';
import { fullDate, PartialDateGql } from '../../graphql/partial-date';
import { ClusterYear } from './cluster-types';
import {
  Agreement,
  Award,
  CriteriaSetRef,
  Ineligibility,
  RegulationAmendment,
  TitleRegistration,
  Vote,
  YearReportGql,
} from './year-records-types';
import { yearRecordsAt } from './cluster-reads';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 10000) / whole) / 100);

function records(year: ClusterYear, context: GraphQLContext): YearRecordsView | undefined {
  return yearRecordsAt(readAt(context, year), year.clusterId, year.year);
}

@Resolver(() => ClusterYear)
export class YearRecordsFields {
  @FieldResolver(() => Agreement, { nullable: true, description: 'Giao ước thi đua.' })
  agreement(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): Agreement | null {
    const agreement = records(year, context)?.agreement;
    if (!agreement) return null;
    const signed = new Set(agreement.signatures.map((s) => s.unitId));
    return {
      ...agreement.terms,
      ceremonyDate: fullDate(agreement.terms.ceremonyDate),
      signingDate: PartialDateGql.of(agreement.terms.ceremonyDate),
      amendments: agreement.amendments.map((a) => ({ note: a.note, changedFields: Object.keys(a.changes) })),
      signatures: agreement.signatures.map((s) => ({ ...s, signedOn: fullDate(s.signedOn), signed: PartialDateGql.of(s.signedOn)! })),
      unsignedUnitIds: year.memberUnitIds.filter((id) => !signed.has(id)),
      inForce: agreement.inForce,
      inForceOn: fullDate(agreement.inForceOn),
      inForceFrom: PartialDateGql.of(agreement.inForceOn),
      inForceSource: agreement.inForceSource,
      clusterId: year.clusterId,
      year: year.year,
      at: year.at,
    };
  }

  @FieldResolver(() => [RegulationAmendment], { description: 'Sửa đổi quy chế thi đua của Cụm.' })
  regulationAmendments(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): RegulationAmendment[] {
    return records(year, context)?.regulationAmendments ?? [];
  }

  @FieldResolver(() => [TitleRegistration], { description: 'Đăng ký danh hiệu.' })
  registrations(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): TitleRegistration[] {
    return records(year, context)?.registrations ?? [];
  }

  @FieldResolver(() => [Ineligibility], { description: 'Đơn vị không đủ điều kiện bình xét.' })
  ineligibleUnits(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): Ineligibility[] {
    return records(year, context)?.ineligible ?? [];
  }

  @FieldResolver(() => CriteriaSetRef, { nullable: true, description: 'Bộ tiêu chí áp dụng.' })
  criteriaSet(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): CriteriaSetRef | null {
    return records(year, context)?.criteriaSet ?? null;
  }

  @FieldResolver({ description: 'Điểm đã được chốt.' })
  finalized(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): boolean {
    return records(year, context)?.finalized ?? false;
  }

  @FieldResolver(() => [String], { description: 'Lý do của các lần mở lại điểm đã chốt.' })
  reopenings(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): string[] {
    return (records(year, context)?.reopenings ?? []).map((r) => r.reason);
  }

  @FieldResolver(() => [Vote], { description: 'Bình xét, bỏ phiếu.' })
  votes(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): Vote[] {
    return (records(year, context)?.votes ?? []).map((vote) => {
      const base = vote.eligibleVoters ?? year.memberUnitIds.length;
      const approvals = vote.closed
        ? vote.tallies
        : vote.candidateUnitIds.map((unitId) => ({
            unitId,
            approvals: vote.ballots.filter((b) => b.approvedUnitIds.includes(unitId)).length,
          }));
      return {
        ...vote,
        ballotsCast: vote.ballots.length,
        turnoutPercent: base === 0 ? null : percent(vote.ballots.length, base),
        tallies: approvals.map((t) => ({ ...t, approvalPercent: percent(t.approvals, base) })),
      };
    });
  }

  @FieldResolver(() => [Award], { description: 'Khen thưởng.' })
  awards(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): Award[] {
    return (records(year, context)?.awards ?? []).map((a) => ({
      ...a,
      status: a.status as AwardStatusGql,
      decision: a.decision ? { ...a.decision, at: year.at } : null,
      clusterId: year.clusterId,
      year: year.year,
      at: year.at,
    }));
  }

  @FieldResolver(() => YearReportGql, {
    nullable: true,
    description: 'Báo cáo tổng hợp năm: số, ký hiệu và ngày ban hành; null khi chưa cấp số (bản in ghi "chưa cấp số").',
  })
  report(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): YearReportGql | null {
    return records(year, context)?.report ?? null;
  }
}
