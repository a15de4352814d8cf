import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { scoreChangeOf, type ScoreChange } from '../../../projections/scorecard/scores-projection';
import { verifyStore } from '../../audit/verify-log';
import { problemIn } from '../../audit/startup-check';
import { readPositions } from '../../eventstore/read-positions';
import { readAsOf, readThePresent, type ModelsAt } from '../../graphql/models-at';
import { rules, type Rule } from '../../authorization/rules';
import type { GraphQLContext } from '../../graphql/context';
import { AuditTrailFilter } from './audit-inputs';
import { fromHundredths, fromHundredthsOrNull } from '../../kernel/points';
import { AS_OF, AsOfScalar, type AsOfValue } from '../../graphql/as-of-scalar';
import {
  ActorChanges,
  AuditChainReport,
  AuditEventConnection,
  AuditOrder,
  AuditPublicKey,
  ScoreChangeGql,
  ScoreChangeInRanking,
  UnitStanding,
} from './audit-types';
import { ClusterGraphDiff } from '../../cluster/graphql/cluster-graph-types';
import { actorAt, auditEventAt } from './audit-reads';
import { graphDiffAt } from '../../cluster/graphql/cluster-reads';
import { rankingAt, scoreChangesAt, scoreHistoryAt } from '../../scorecard/graphql/scorecard-reads';

const MAX_PAGE = 200;

function changeOut(change: ScoreChange, models: ModelsAt): ScoreChangeGql {
  return {
    ...change,
    actor: actorAt(models, change.actor, change.position)!,
    recordedAt: new Date(change.recordedAt),
    from: fromHundredthsOrNull(change.from),
    to: fromHundredths(change.to),
  };
}

const cursorOf = (position: number) => Buffer.from(`p:${position}`).toString('base64url');
function positionOf(cursor: string): number {
  const match = /^p:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match)
    throw new GraphQLError('Con trỏ phân trang "after" không hợp lệ: dùng endCursor của trang trước.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return Number(match[1]);
}

/** What auditors ask: who changed what, when, from what, why; the whole trail; and whether the log is intact. */
@Resolver()
export class AuditQueries {
  @Authorized()
  @Query(() => [ScoreChangeGql], { description: 'Mọi thay đổi của một điểm, theo thứ tự: ai, khi nào, giai đoạn, từ → thành, lý do.' })
  scoreHistory(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('criterionId', () => ID) criterionId: string,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Promise<ScoreChangeGql[]> {
    const models = readAsOf(context, asOf);
    return this.changesAt(context.ports, models, scoreHistoryAt(models, clusterId, year, unitId, criterionId));
  }

  /** The score changes at these positions, their actors read at `models`. */
  private async changesAt(ports: GraphQLContext['ports'], models: ModelsAt, positions: number[]): Promise<ScoreChangeGql[]> {
    return (await readPositions(ports.log, positions)).map((event) => changeOut(scoreChangeOf(event), models));
  }

  @Authorized<Rule>(rules.auditor, rules.council)
  @Query(() => [ActorChanges], { description: 'Các thay đổi điểm của một năm, nhóm theo người thực hiện.' })
  async whoChanged(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true, description: 'Chỉ các thay đổi điểm của đơn vị này' }) unitId: string | null,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Promise<ActorChanges[]> {
    const groups = new Map<string, ActorChanges>();
    for (const change of await this.changesOfYear(context.ports, readAsOf(context, asOf), clusterId, year, { unitId })) {
      let group = groups.get(change.actor.personId);
      if (!group)
        groups.set(
          change.actor.personId,
          (group = {
            actor: change.actor,
            recorded: 0,
            corrected: 0,
            unitIds: [],
            firstAt: change.recordedAt,
            lastAt: change.recordedAt,
            changes: [],
          }),
        );
      if (change.from === null) group.recorded += 1;
      else group.corrected += 1;
      if (!group.unitIds.includes(change.unitId)) group.unitIds.push(change.unitId);
      group.lastAt = change.recordedAt;
      group.changes.push(change);
    }
    return [...groups.values()];
  }

  /** The score changes of a cluster year as read at `models`, in log order, of one unit and/or by one person if asked. */
  private async changesOfYear(
    ports: GraphQLContext['ports'],
    models: ModelsAt,
    clusterId: string,
    year: number,
    only: { unitId?: string | null; actorId?: string | null },
  ) {
    const changes = await this.changesAt(ports, models, scoreChangesAt(models, clusterId, year));
    return changes.filter((c) => (!only.unitId || c.unitId === only.unitId) && (!only.actorId || c.actor.personId === only.actorId));
  }

  @Authorized<Rule>(rules.auditor, rules.council)
  @Query(() => [ScoreChangeInRanking], {
    description:
      'Mọi thay đổi điểm của một năm (của một đơn vị, của một người nếu hỏi), theo thứ tự: ai, khi nào, giai đoạn, từ → thành, lý do, và tổng điểm, thứ hạng của đơn vị ngay trước và ngay sau mỗi thay đổi.',
  })
  async scoreChanges(
    @Arg('clusterId', () => ID) clusterId: string,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('actorId', () => ID, { nullable: true, description: 'Người thực hiện (sub của token)' }) actorId: string | null,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): Promise<ScoreChangeInRanking[]> {
    const models = readAsOf(context, asOf);
    const changes = await this.changesOfYear(context.ports, models, clusterId, year, { unitId, actorId });
    const standing = (unit: string, position: number): UnitStanding | null => {
      const row = rankingAt(models.earlier(position), clusterId, year)?.units.find((u) => u.unitId === unit);
      return row
        ? { effectiveTotal: row.effectiveTotal, rank: row.rank, effectiveStage: row.effectiveStage, classification: row.classification }
        : null;
    };
    return changes.map((change) => ({
      ...change,
      before: standing(change.unitId, change.position - 1),
      after: standing(change.unitId, change.position),
    }));
  }

  @Authorized<Rule>(rules.auditor)
  @Query(() => AuditEventConnection, { description: 'Nhật ký kiểm toán: mọi sự kiện đã ghi, có lọc và phân trang.' })
  async auditTrail(
    @Arg('filter', () => AuditTrailFilter, { nullable: true }) filter: AuditTrailFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('order', () => AuditOrder, { defaultValue: AuditOrder.NEWEST_FIRST }) order: AuditOrder,
    @Ctx() context: GraphQLContext,
  ): Promise<AuditEventConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw new GraphQLError(`"first" phải từ 1 đến ${MAX_PAGE}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    const { recordedFrom, recordedTo, ...rest } = filter ?? {};
    const { timeline, auditLog } = readThePresent(context);
    const { positions, hasMore } = auditLog.page(
      {
        ...rest,
        fromPosition: recordedFrom ? timeline.positionAt(recordedFrom.getTime() - 1) + 1 : undefined,
        toPosition: recordedTo ? timeline.positionAt(recordedTo.getTime()) : undefined,
      },
      first,
      order === AuditOrder.NEWEST_FIRST,
      after ? positionOf(after) : null,
    );
    const events = await readPositions(context.ports.log, positions);
    const present = readAsOf(context, null);
    const edges = events.map((event) => ({ cursor: cursorOf(event.position), node: auditEventAt(present, event) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: hasMore,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Authorized<Rule>(rules.auditor)
  @Query(() => AuditChainReport, { description: 'Kiểm tra toàn bộ chuỗi băm và các điểm kiểm tra đã ký; báo vị trí hỏng đầu tiên.' })
  async verifyAuditChain(@Ctx() { ports }: GraphQLContext): Promise<AuditChainReport> {
    // One worker thread, as the background verification uses: the request thread keeps answering.
    const report = await verifyStore(ports.log, ports.auditKey.publicKey, { workers: 1 });
    // A break found on request counts as one found by the service's own checks: no more writes on top of it.
    const problem = problemIn(report);
    if (problem) ports.log.refuseWrites(problem);
    return {
      ok: report.ok,
      checkedEvents: report.checkedEvents,
      headPosition: report.head.position,
      headHash: report.head.hash,
      firstBreak: report.firstBreak,
      checkpointsVerified: report.checkpointsVerified,
      lastSignedPosition: report.lastSignedPosition,
      checkpointProblem: report.checkpointProblem?.message ?? null,
    };
  }

  @Authorized()
  @Query(() => AuditPublicKey, {
    description: 'Khóa công khai dùng để kiểm tra các điểm kiểm tra đã ký (cũng có tại /audit/public-key.pem).',
  })
  auditPublicKey(@Ctx() { ports }: GraphQLContext): AuditPublicKey {
    return { keyId: ports.auditKey.keyId, pem: ports.auditKey.publicKeyPem };
  }

  @Authorized()
  @Query(() => ClusterGraphDiff, { description: 'Đơn vị gia nhập, rời đi, đổi vai trò hoặc đổi tên giữa hai năm.' })
  clusterGraphDiff(
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Arg('asOf', () => AsOfScalar, AS_OF) asOf: AsOfValue | null,
    @Ctx() context: GraphQLContext,
  ): ClusterGraphDiff {
    return graphDiffAt(readAsOf(context, asOf), fromYear, toYear);
  }
}
