import type { ReadModels } from '../../projections/read-models';
import { Role, type Actor } from '../domain/shared/actor';
import { wordsFor } from '../domain/cluster/cluster-kind';
import { ScoreStage } from '../domain/scorecard/score-stage';

/**
 * Who may run a mutation, as strings type-graphql's `@Authorized` carries:
 * `ROLE`, `ROLE@scope`, optionally `|stage=X` for score commands. ADMIN may always.
 *   COUNCIL@organizer        the council of the unit that organizes the input's cluster
 *   CLUSTER_OFFICER@chair    the office of the unit chairing the input's cluster in the input's year
 *   UNIT_OFFICER@unit:<f>    the officer of the unit named by input field <f>
 */
export const Rule: {
  admin: string;
  auditor: string;
  council: string;
  chairOffice: string;
  ownUnit(field: string): string;
  atStage(rule: string, stage: ScoreStage): string;
} = {
  admin: Role.ADMIN,
  auditor: Role.AUDITOR,
  council: `${Role.COUNCIL}@organizer`,
  chairOffice: `${Role.CLUSTER_OFFICER}@chair`,
  ownUnit: (field: string) => `${Role.UNIT_OFFICER}@unit:${field}`,
  atStage: (rule: string, stage: ScoreStage) => `${rule}|stage=${stage}`,
};

/** Each stage is scored by its own office: the unit itself, the chair's office, the council. */
export const SCORE_RULES = [
  Rule.atStage(Rule.ownUnit('unitId'), ScoreStage.SELF),
  Rule.atStage(Rule.chairOffice, ScoreStage.CLUSTER),
  Rule.atStage(Rule.council, ScoreStage.COUNCIL),
];

/** Whether the actor may run a command with this input under any of the rules (ADMIN always may). */
export function permitted(rules: string[], actor: Actor, input: Record<string, unknown>, models: ReadModels): boolean {
  return actor.role === Role.ADMIN || rules.some((rule) => allows(rule, actor, input, models));
}

interface ParsedRule {
  role: string;
  scope: string | null;
  stage: string | null;
}

function parse(rule: string): ParsedRule {
  const [roleScope, condition] = rule.split('|');
  const [role, scope] = roleScope.split('@');
  return { role, scope: scope ?? null, stage: condition?.startsWith('stage=') ? condition.slice(6) : null };
}

type Input = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Whether one rule admits the actor for this input; scopes are read from the read models. */
export function allows(rule: string, actor: Actor, input: Input, models: ReadModels): boolean {
  const { role, scope, stage } = parse(rule);
  if (actor.role !== role) return false;
  if (stage !== null && input.stage !== stage) return false;
  if (scope === null) return true;
  const clusterId = text(input.clusterId);
  if (scope === 'organizer') {
    const cluster = clusterId ? models.directory.cluster(clusterId) : undefined;
    return cluster !== undefined && actor.unitId === cluster.organizerUnitId;
  }
  if (scope === 'chair') {
    const year = clusterId && typeof input.year === 'number' ? models.directory.clusterYear(clusterId, input.year) : undefined;
    return year !== undefined && actor.unitId === year.chairUnitId && (actor.clusterId === null || actor.clusterId === clusterId);
  }
  if (scope.startsWith('unit:')) return actor.unitId !== null && actor.unitId === text(input[scope.slice(5)]);
  return false;
}

/**
 * What a rule asks for, in words an officer reads in the refusal: the unit it names (not the
 * input's field), and Khối trưởng for a bloc.
 */
export function describe(rule: string, input: Input, models: ReadModels): string {
  const { role, scope, stage } = parse(rule);
  const clusterId = text(input.clusterId);
  const cluster = clusterId ? models.directory.cluster(clusterId) : undefined;
  const words = wordsFor(cluster?.kind);
  const unitNamed = (id: string | undefined) => {
    const unit = id ? models.directory.unit(id) : undefined;
    return unit ? `"${unit.name}" (${unit.id})` : id ? `"${id}"` : 'được nêu';
  };
  const who =
    scope === 'organizer'
      ? `COUNCIL của cơ quan tổ chức ${words.group}${cluster ? ` (đơn vị ${unitNamed(cluster.organizerUnitId)})` : ''}`
      : scope === 'chair'
        ? `CLUSTER_OFFICER của đơn vị ${words.chair} năm đó`
        : scope?.startsWith('unit:')
          ? `UNIT_OFFICER của chính đơn vị ${unitNamed(text(input[scope.slice(5)]))}`
          : role;
  return stage ? `${who} (điểm giai đoạn ${stage})` : who;
}
