import { Role, type Actor } from '../../src/kernel/actor';
import type { CommandContext } from '../../src/commands/command-context';
import { facts } from '../../src/commands/facts';
import { formCluster } from '../../src/cluster/handlers';
import * as year from '../../src/cluster/year-handlers';
import { publishCriteriaSet } from '../../src/catalogue/handlers';
import { correctScore, recordScore } from '../../src/scorecard/handlers';
import { registerUnit } from '../../src/unit/handlers';
import { CriterionKind, type Criterion } from '../../src/catalogue/domain/criteria/criteria-set';
import { STAGE_ORDER, ScoreStage } from '../../src/scorecard/domain/score-stage';
import { excellentCap } from '../../src/cluster/domain/year/decide-awards';
import { StandardTitle, titlesCoveredBy } from '../../src/catalogue/domain/title/standard-titles';
import type { EventStore } from '../../src/eventstore/port';
import type { Plan, PlannedCluster, PlannedUnit } from './plan';
import { Random } from './random';

const CORRECTED_SHARE = 0.2;

const actor = (role: Role, unitId: string | null = null, clusterId: string | null = null): Actor => ({
  id: `bench-${role.toLowerCase()}${unitId ? `-${unitId}` : ''}`,
  name: null,
  role,
  unitId,
  clusterId,
});
const ADMIN = actor(Role.ADMIN);

/**
 * Writes a plan through the command handlers, as the API would: every rule is checked and every
 * event is chained. Independent streams go concurrently (the clusters of a year, the members'
 * scorecards), one stream's commands in order.
 */
export class NationalDataWriter {
  commands = 0;
  private readonly units: Map<string, PlannedUnit>;
  private readonly criteria: Criterion[];

  constructor(
    private readonly store: EventStore,
    private readonly plan: Plan,
  ) {
    this.units = new Map(plan.units.map((unit) => [unit.unitId, unit]));
    this.criteria = plan.criteriaSet.sections.flatMap((section) => section.criteria);
  }

  private context(commandId: string, who: Actor = ADMIN, reason?: string): CommandContext {
    this.commands += 1;
    const id = `gen-${this.plan.shape.seed}:${commandId}`;
    return { actor: who, commandId: id, correlationId: id, causationId: id, ...(reason ? { reason } : {}) };
  }

  async writeDirectory(): Promise<void> {
    const { store, plan } = this;
    // Parents before children (the handler checks that a parent exists): one level at a time.
    const depth = (unit: PlannedUnit): number => (unit.parentUnitId ? 1 + depth(this.units.get(unit.parentUnitId)!) : 0);
    const deepest = Math.max(...plan.units.map(depth));
    for (let level = 0; level <= deepest; level += 1)
      await Promise.all(
        plan.units
          .filter((unit) => depth(unit) === level)
          .map(({ unitId, name, level: unitLevel, parentUnitId }) =>
            registerUnit(store, { unitId, name, shortName: null, level: unitLevel, parentUnitId }, this.context(`unit:${unitId}`)),
          ),
      );
    await Promise.all(
      plan.clusters.map(({ clusterId, name, kind, organizerUnitId }) =>
        formCluster(store, { clusterId, name, kind, organizerUnitId }, this.context(`cluster:${clusterId}`)),
      ),
    );
    await publishCriteriaSet(store, plan.criteriaSet, this.context('criteria'));
  }

  async writeYear(y: number): Promise<void> {
    await Promise.all(this.plan.clusters.map((cluster) => this.writeClusterYear(cluster, y)));
  }

  /** Opens a year in every cluster (ceremony and registrations) without scoring it: what the command benchmarks start from. */
  async openYear(y: number): Promise<void> {
    await Promise.all(this.plan.clusters.map((cluster) => this.openClusterYear(cluster, y)));
  }

  private offices(cluster: PlannedCluster, y: number) {
    const members = cluster.memberUnitIds;
    const turn = y - this.plan.firstYear;
    const chair = members[turn % members.length];
    return {
      chair,
      vice: members[(turn + 1) % members.length],
      office: actor(Role.CLUSTER_OFFICER, chair, cluster.clusterId),
      council: actor(Role.COUNCIL, cluster.organizerUnitId),
      random: new Random(this.plan.shape.seed * 100_003 + y * 1009 + Number(cluster.clusterId.replace(/\D/g, ''))),
    };
  }

  private async writeClusterYear(cluster: PlannedCluster, y: number): Promise<void> {
    const { office, council, random } = await this.openClusterYear(cluster, y);
    const ids = { clusterId: cluster.clusterId, year: y };
    await Promise.all(cluster.memberUnitIds.map((unitId) => this.writeScorecard(cluster, y, unitId, office, council)));
    await year.finalizeScores(this.store, ids, this.context(`${cluster.clusterId}:${y}:finalize`, council));
    await this.writeVotesAndAwards(cluster, y, random, office, council);
  }

  private async openClusterYear(cluster: PlannedCluster, y: number) {
    const { store } = this;
    const offices = this.offices(cluster, y);
    const { chair, vice, office, council, random } = offices;
    const ids = { clusterId: cluster.clusterId, year: y };
    const step = (name: string) => `${cluster.clusterId}:${y}:${name}`;
    const members = cluster.memberUnitIds;

    await year.openClusterYear(store, { ...ids, memberUnitIds: members }, this.context(step('open'), council));
    await year.rotateChair(store, { ...ids, chairUnitId: chair, viceChairUnitId: vice }, this.context(step('chair'), council));
    await year.adoptCriteriaSet(
      store,
      { ...ids, criteriaSetId: this.plan.criteriaSet.criteriaSetId },
      this.context(step('adopt'), council),
    );
    const ceremonyDate = `${y}-03-${String(random.int(10, 28)).padStart(2, '0')}`;
    await year.draftAgreement(
      store,
      {
        ...ids,
        theme: `Đoàn kết, kỷ cương, trách nhiệm, hoàn thành xuất sắc nhiệm vụ năm ${y}`,
        motto: 'Công minh, chính trực, khách quan, thận trọng, khiêm tốn',
        commitments: ['Hoàn thành các chỉ tiêu theo Nghị quyết 96/2019/QH14', 'Không có oan sai'],
        legalBases: ['15/HD-VKSTC'],
        ceremonyDate,
        hostUnitId: chair,
        venue: `Trụ sở ${this.units.get(chair)!.name}`,
      },
      this.context(step('draft'), office),
    );
    for (const unitId of members)
      await year.signAgreement(
        store,
        { ...ids, unitId, signatoryName: `Viện trưởng ${unitId}`, signatoryPosition: 'Viện trưởng', signedOn: ceremonyDate },
        this.context(step(`sign:${unitId}`), actor(Role.UNIT_OFFICER, unitId)),
      );
    for (const unitId of members)
      await year.registerTitle(
        store,
        {
          ...ids,
          unitId,
          titleId: random.chance(0.3) ? (random.chance(0.3) ? StandardTitle.SECTOR_FLAG : StandardTitle.EXCELLENT) : StandardTitle.ADVANCED,
        },
        this.context(step(`register:${unitId}`), actor(Role.UNIT_OFFICER, unitId)),
      );
    return offices;
  }

  private async writeScorecard(cluster: PlannedCluster, y: number, unitId: string, office: Actor, council: Actor): Promise<void> {
    const random = new Random(this.plan.shape.seed * 7919 + y * 131 + this.plan.units.findIndex((u) => u.unitId === unitId));
    const quality = this.units.get(unitId)!.quality;
    const who = { [ScoreStage.SELF]: actor(Role.UNIT_OFFICER, unitId), [ScoreStage.CLUSTER]: office, [ScoreStage.COUNCIL]: council };
    const points = new Map<string, number>();
    const base = { clusterId: cluster.clusterId, year: y, unitId };
    for (const stage of STAGE_ORDER)
      for (const criterion of this.criteria) {
        const value = pointsFor(random, criterion, quality, stage, points.get(criterion.criterionId));
        points.set(criterion.criterionId, value);
        await recordScore(
          this.store,
          { ...base, criterionId: criterion.criterionId, stage, points: value, evidence: null },
          this.context(`${cluster.clusterId}:${y}:score:${unitId}:${stage}:${criterion.criterionId}`, who[stage]),
        );
        points.set(`${stage}:${criterion.criterionId}`, value);
      }
    for (const stage of STAGE_ORDER)
      for (const criterion of this.criteria) {
        if (!random.chance(CORRECTED_SHARE)) continue;
        const current = points.get(`${stage}:${criterion.criterionId}`)!;
        const corrected = current > 0 ? current - random.int(1, Math.min(current, 50)) : 1;
        const reason = 'Rà soát lại hồ sơ minh chứng, điều chỉnh điểm cho đúng thực tế';
        await correctScore(
          this.store,
          { ...base, criterionId: criterion.criterionId, stage, points: corrected, evidence: null, reason },
          this.context(`${cluster.clusterId}:${y}:correct:${unitId}:${stage}:${criterion.criterionId}`, who[stage], reason),
        );
      }
  }

  private async writeVotesAndAwards(cluster: PlannedCluster, y: number, random: Random, office: Actor, council: Actor): Promise<void> {
    const { store } = this;
    const ids = { clusterId: cluster.clusterId, year: y };
    const step = (name: string) => `${cluster.clusterId}:${y}:${name}`;
    const ranking = await facts.ranking(store, cluster.clusterId, y);
    const { registrations } = await facts.clusterYear(store, cluster.clusterId, y);
    const minPoints = (titleId: string) => this.plan.criteriaSet.thresholds.find((t) => t.titleId === titleId)!.minPoints;
    // Only what the rules allow is decided: a title the unit registered for, at its threshold.
    const eligible = (titleId: string) =>
      (ranking?.ranked ?? [])
        .filter((u) => u.effectiveTotal >= minPoints(titleId) && titlesCoveredBy(registrations.get(u.unitId) ?? '').includes(titleId))
        .map((u) => u.unitId);
    const ratedAdvanced = (ranking?.ranked ?? []).filter((u) => u.effectiveTotal >= minPoints(StandardTitle.ADVANCED)).length;
    const advanced = eligible(StandardTitle.ADVANCED);
    const excellent = eligible(StandardTitle.EXCELLENT).slice(0, excellentCap(ratedAdvanced));
    const flagCandidate = excellent.find((unitId) => registrations.get(unitId) === StandardTitle.SECTOR_FLAG);
    const top = flagCandidate ?? cluster.memberUnitIds[0];

    const voteId = `co-thi-dua-${y}`;
    await year.openVote(
      store,
      { ...ids, voteId, titleId: StandardTitle.SECTOR_FLAG, candidateUnitIds: [top] },
      this.context(step('vote'), office),
    );
    for (const [i, voterUnitId] of cluster.memberUnitIds.entries())
      await year.castBallot(
        store,
        { ...ids, voteId, voterUnitId, approvedUnitIds: i === 0 || random.chance(0.9) ? [top] : [] },
        this.context(step(`ballot:${voterUnitId}`), actor(Role.UNIT_OFFICER, voterUnitId)),
      );
    await year.closeVote(store, { ...ids, voteId }, this.context(step('close'), office));

    const decide = async (awardId: string, unitId: string, titleId: string) => {
      await year.proposeAward(store, { ...ids, awardId, unitId, titleId }, this.context(step(`propose:${awardId}`), office));
      try {
        await year.decideAward(
          store,
          {
            ...ids,
            awardId,
            decisionNumber: `${random.int(100, 999)}/QĐ-VKSTC`,
            decisionDate: `${y + 1}-01-15`,
            signer: 'Viện trưởng VKSND tối cao',
          },
          this.context(step(`decide:${awardId}`), council),
        );
      } catch (error) {
        // The sector flag needs ≥ 80% approval: a ballot short of it is a refusal the rules make.
        if ((error as { code?: string }).code !== 'FLAG_APPROVAL_TOO_LOW') throw error;
      }
    };
    for (const unitId of advanced) await decide(`tien-tien-${unitId}`, unitId, StandardTitle.ADVANCED);
    for (const unitId of excellent) await decide(`xuat-sac-${unitId}`, unitId, StandardTitle.EXCELLENT);
    if (flagCandidate) await decide(`co-${top}`, top, StandardTitle.SECTOR_FLAG);
  }
}

/** Points (hundredths) for one criterion at one stage: near the unit's quality, later stages a little stricter. */
function pointsFor(random: Random, criterion: Criterion, quality: number, stage: ScoreStage, earlier: number | undefined): number {
  const max = criterion.maxPoints;
  if (criterion.kind === CriterionKind.BONUS) return random.chance(0.3) ? random.int(0, max) : 0;
  if (criterion.kind === CriterionKind.PENALTY) return random.chance(0.1) ? random.int(0, max) : 0;
  if (earlier !== undefined && stage !== ScoreStage.SELF) return Math.max(0, Math.min(max, earlier - random.int(0, Math.ceil(max * 0.04))));
  return Math.max(0, Math.min(max, Math.round(max * (quality + random.int(-300, 800) / 10000))));
}
