import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { rules, type Rule } from '../authorization/rules';
import type { RecordedEvent } from '../eventstore/port';
import type { GraphQLContext } from '../graphql/context';
import { eventDataOut } from '../audit/graphql/event-out';
import { AuditTrailFilter } from '../audit/graphql/audit-inputs';
import { AuditEvent } from '../audit/graphql/audit-types';
import type { RecordedActor } from '../audit/graphql/audit-actor';
import { ClusterYear } from '../cluster/graphql/cluster-types';
import { ClusterYearChange, ClusterYearTopic, HeadPosition } from './live-types';
import { recordedWindow } from './recorded-window';
import { RankingGql } from '../scorecard/graphql/ranking-types';
import { readAsOf, readThePresent, type ModelsAt } from '../graphql/models-at';
import { actorAt, auditEventAt } from '../audit/graphql/audit-reads';
import { clusterYearAt } from '../cluster/graphql/cluster-reads';
import { rankingAt } from '../scorecard/graphql/scorecard-reads';

const TOPICS: Record<string, ClusterYearTopic> = {
  ClusterYearOpened: ClusterYearTopic.MEMBERS,
  MemberAdmitted: ClusterYearTopic.MEMBERS,
  MemberWithdrawn: ClusterYearTopic.MEMBERS,
  MembershipCompletenessStated: ClusterYearTopic.MEMBERS,
  UnitDeclaredIneligible: ClusterYearTopic.MEMBERS,
  ChairRotated: ClusterYearTopic.OFFICES,
  AgreementDrafted: ClusterYearTopic.AGREEMENT,
  AgreementAmended: ClusterYearTopic.AGREEMENT,
  RegulationAmended: ClusterYearTopic.AGREEMENT,
  AgreementSigned: ClusterYearTopic.SIGNATURES,
  AgreementInForce: ClusterYearTopic.SIGNATURES,
  AgreementInForceRecorded: ClusterYearTopic.SIGNATURES,
  TitleRegistered: ClusterYearTopic.REGISTRATIONS,
  RegistrationWithdrawn: ClusterYearTopic.REGISTRATIONS,
  RegistrationCountsStated: ClusterYearTopic.REGISTRATIONS,
  CriteriaSetAdopted: ClusterYearTopic.SCORES,
  ScoreRecorded: ClusterYearTopic.SCORES,
  ScoreCorrected: ClusterYearTopic.SCORES,
  ScoresFinalized: ClusterYearTopic.SCORES,
  ScoresReopened: ClusterYearTopic.SCORES,
  VoteOpened: ClusterYearTopic.VOTES,
  BallotCast: ClusterYearTopic.VOTES,
  VoteClosed: ClusterYearTopic.VOTES,
  AwardProposed: ClusterYearTopic.AWARDS,
  AwardDecided: ClusterYearTopic.AWARDS,
  AwardRevoked: ClusterYearTopic.AWARDS,
};

interface ClusterYearArgs {
  clusterId: string;
  year: number;
  topics?: ClusterYearTopic[] | null;
}

/** The change an event makes to the cluster year asked for, or undefined when it is about something else; its actor read at `models`. */
function changeOf(event: RecordedEvent, { clusterId, year, topics }: ClusterYearArgs, models: ModelsAt): ClusterYearChange | undefined {
  const data = (event.data ?? {}) as Record<string, unknown>;
  if (data.clusterId !== clusterId || data.year !== year) return undefined;
  const topic = TOPICS[event.type] ?? ClusterYearTopic.OTHER;
  if (topics && topics.length > 0 && !topics.includes(topic)) return undefined;
  const unitId = typeof data.unitId === 'string' ? data.unitId : typeof data.voterUnitId === 'string' ? data.voterUnitId : null;
  return {
    position: event.position,
    type: event.type,
    topic,
    recordedAt: new Date(event.recordedAt),
    unitId,
    actor: actorAt(models, event.metadata.actor as RecordedActor | undefined, event.position),
    data: eventDataOut(data),
    clusterId,
    year,
  };
}

type Data<Args = unknown> = SubscribeResolverData<unknown, Args, GraphQLContext>;

const live = ({ context }: Data) => context.live;

/**
 * Live updates over WebSocket (graphql-ws). Each subscription sees the events the read models
 * applied after it started, in log order; authorised like the matching queries.
 */
@Resolver(() => ClusterYearChange)
export class LiveSubscriptions {
  @Authorized()
  @Subscription(() => ClusterYearChange, {
    description:
      'Mỗi thay đổi của một năm thi đua khi nó được ghi: thành viên, Cụm trưởng/Cụm phó, giao ước và chữ ký, đăng ký, điểm (và bảng xếp hạng), bỏ phiếu, khen thưởng. `topics` chỉ lấy một số loại.',
    subscribe: (data: Data<ClusterYearArgs>) => {
      const present = readAsOf(data.context, null);
      return live(data).subscribe((event) => changeOf(event, data.args, present));
    },
  })
  clusterYearChanged(
    @Root() change: ClusterYearChange,
    @Arg('clusterId', () => ID) _clusterId: string,
    @Arg('year', () => Int) _year: number,
    @Arg('topics', () => [ClusterYearTopic], { nullable: true }) _topics: ClusterYearTopic[] | null,
  ): ClusterYearChange {
    return change;
  }

  @FieldResolver(() => ClusterYear, { nullable: true, description: 'Năm thi đua khi thay đổi được gửi đi.' })
  clusterYear(@Root() change: ClusterYearChange, @Ctx() context: GraphQLContext): ClusterYear | null {
    return clusterYearAt(readAsOf(context, null), change.clusterId, change.year);
  }

  @FieldResolver(() => RankingGql, { nullable: true, description: 'Bảng xếp hạng khi thay đổi được gửi đi.' })
  ranking(@Root() change: ClusterYearChange, @Ctx() context: GraphQLContext): RankingGql | null {
    return rankingAt(readAsOf(context, null), change.clusterId, change.year);
  }

  @Authorized<Rule>(rules.auditor)
  @Subscription(() => AuditEvent, {
    description:
      'Nhật ký kiểm toán trực tiếp: mỗi sự kiện khớp bộ lọc khi nó được ghi (chỉ kiểm toán viên). Với `recordedTo`, đăng ký kết thúc (complete) khi thời điểm đó đã qua; `recordedTo` đã qua khi đăng ký bị từ chối (RECORDED_TO_PASSED).',
    subscribe: (data: Data<{ filter?: AuditTrailFilter | null }>) => {
      const filter = data.args.filter ?? {};
      const { auditLog } = readThePresent(data.context);
      const present = readAsOf(data.context, null);
      const window = recordedWindow(filter);
      return live(data).subscribe(
        (event) => (window.within(event) && auditLog.matches(event, filter) ? auditEventAt(present, event) : undefined),
        false,
        window.endsAt,
      );
    },
  })
  auditEvents(
    @Root() event: AuditEvent,
    @Arg('filter', () => AuditTrailFilter, { nullable: true, validate: false }) _filter: AuditTrailFilter | null,
  ): AuditEvent {
    return event;
  }

  @Authorized()
  @Subscription(() => HeadPosition, {
    description: 'Vị trí mới nhất của nhật ký mà dữ liệu đọc đã bao gồm; chỉ gửi vị trí mới nhất khi client nhận chậm hơn nhịp ghi.',
    subscribe: (data: Data) =>
      live(data).subscribe(
        (event): HeadPosition => ({ position: event.position, recordedAt: new Date(event.recordedAt), hash: String(event.metadata.hash) }),
        true,
      ),
  })
  headPosition(@Root() head: HeadPosition): HeadPosition {
    return head;
  }
}
