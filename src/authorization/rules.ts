import type { ReadModels } from '../../projections/read-models';
import { Role, type Actor } from '../kernel/actor';
import { wordsFor } from '../cluster/domain/cluster-kind';
import { ScoreStage } from '../scorecard/domain/score-stage';
import { actsForDossier } from './dossier-scope';

/**
 * The facts of a (validated) input that rules read. Every field is optional: an input only has
 * those its command needs, and a rule whose fact is missing admits nobody but ADMIN.
 */
export interface RuleInput {
  clusterId?: string;
  year?: number;
  unitId?: string | null;
  voterUnitId?: string;
  stage?: ScoreStage;
  /** The award dossier a step is taken on. */
  dossierId?: string;
  /** The proposer a new dossier names (it has no dossier to read yet). */
  proposer?: { kind: string; id: string };
}

/** Where, in the read models, a role's holder must sit for the rule to admit them. */
export type Scope =
  /** The unit that organizes the input's cluster. */
  | { kind: 'organizer' }
  /** The unit chairing the input's cluster in the input's year (and, when the token names a cluster, that cluster). */
  | { kind: 'chair' }
  /** The unit the input names, read through a typed accessor so a misspelt field fails the type check. */
  | { kind: 'unit'; unitOf: (input: RuleInput) => string | null | undefined }
  /** The officers of the dossier's proposer: the chair's office or the organizer's council of a cluster, a unit's officers, a council. */
  | { kind: 'dossierProposer' }
  /** The council (or the unit head's officers) the dossier is addressed to. */
  | { kind: 'dossierAddressee' };

/**
 * Who may run a field: a role, optionally where its holder sits, optionally the score stage the
 * input must name. ADMIN may always. The scoped roles are fixed by the scope, so a council rule
 * cannot be scoped to the chair by mistake.
 */
export type Rule =
  | { role: Role; scope?: undefined; stage?: undefined }
  | { role: Role.COUNCIL; scope: Extract<Scope, { kind: 'organizer' }>; stage?: ScoreStage }
  | { role: Role.CLUSTER_OFFICER; scope: Extract<Scope, { kind: 'chair' }>; stage?: ScoreStage }
  | { role: Role.UNIT_OFFICER; scope: Extract<Scope, { kind: 'unit' }>; stage?: ScoreStage }
  | { role: Role.CLUSTER_OFFICER | Role.UNIT_OFFICER | Role.COUNCIL; scope: Extract<Scope, { kind: 'dossierProposer' }>; stage?: undefined }
  | { role: Role.COUNCIL; scope: Extract<Scope, { kind: 'dossierAddressee' }>; stage?: undefined };

type ScopedRule = Exclude<Rule, { scope?: undefined }>;

/** The rules the resolvers and the spreadsheet import name, as `@Authorized<Rule>(rules.council)`. */
export const rules = {
  admin: { role: Role.ADMIN },
  auditor: { role: Role.AUDITOR },
  /** Any council, whichever unit it belongs to. */
  anyCouncil: { role: Role.COUNCIL },
  /** Any cluster office, whichever cluster it chairs. */
  anyClusterOffice: { role: Role.CLUSTER_OFFICER },
  council: { role: Role.COUNCIL, scope: { kind: 'organizer' } },
  chairOffice: { role: Role.CLUSTER_OFFICER, scope: { kind: 'chair' } },
  ownUnit: (unitOf: (input: RuleInput) => string | null | undefined): ScopedRule => ({
    role: Role.UNIT_OFFICER,
    scope: { kind: 'unit', unitOf },
  }),
  atStage: (rule: Extract<ScopedRule, { stage?: ScoreStage }>, stage: ScoreStage): ScopedRule => ({ ...rule, stage }) as ScopedRule,
  dossierProposer: (role: Role.CLUSTER_OFFICER | Role.UNIT_OFFICER | Role.COUNCIL): ScopedRule => ({
    role,
    scope: { kind: 'dossierProposer' },
  }),
  dossierAddressee: { role: Role.COUNCIL, scope: { kind: 'dossierAddressee' } },
} satisfies Record<string, Rule | ((...args: never[]) => Rule)>;

/** Each stage is scored by its own office: the unit itself, the chair's office, the council. */
export const SCORE_RULES: readonly Rule[] = [
  rules.atStage(
    rules.ownUnit((input) => input.unitId),
    ScoreStage.SELF,
  ),
  rules.atStage(rules.chairOffice, ScoreStage.CLUSTER),
  rules.atStage(rules.council, ScoreStage.COUNCIL),
];

/** Whether the actor may run a command with this input under any of the rules (ADMIN always may). */
export function permitted(candidates: readonly Rule[], actor: Actor, input: RuleInput, models: ReadModels): boolean {
  return actor.role === Role.ADMIN || candidates.some((rule) => allows(rule, actor, input, models));
}

/** Whether one rule admits the actor for this input; scopes are read from the read models. */
export function allows(rule: Rule, actor: Actor, input: RuleInput, models: ReadModels): boolean {
  if (actor.role !== rule.role) return false;
  if (rule.stage !== undefined && input.stage !== rule.stage) return false;
  if (rule.scope === undefined) return true;
  const { clusterId, year } = input;
  switch (rule.scope.kind) {
    case 'organizer': {
      const cluster = clusterId ? models.directory.cluster(clusterId) : undefined;
      return cluster !== undefined && actor.unitId === cluster.organizerUnitId;
    }
    case 'chair': {
      const chaired = clusterId && year !== undefined ? models.directory.clusterYear(clusterId, year) : undefined;
      return chaired !== undefined && actor.unitId === chaired.chairUnitId && (actor.clusterId === null || actor.clusterId === clusterId);
    }
    case 'unit':
      return actor.unitId !== null && actor.unitId === rule.scope.unitOf(input);
    case 'dossierProposer':
    case 'dossierAddressee':
      return actsForDossier(rule.scope.kind, actor, input, models);
  }
}

/** A rule as a short label for the refusal's `requiredRules`: `ROLE`, `ROLE@scope`, `|stage=X`. */
export const label = (rule: Rule): string =>
  `${rule.role}${rule.scope ? `@${rule.scope.kind}` : ''}${rule.stage ? `|stage=${rule.stage}` : ''}`;

/**
 * What a rule asks for, in words an officer reads in the refusal: the unit it names (not the
 * input's field), and Khối trưởng for a bloc.
 */
export function describe(rule: Rule, input: RuleInput, models: ReadModels): string {
  const cluster = input.clusterId ? models.directory.cluster(input.clusterId) : undefined;
  const words = wordsFor(cluster?.kind);
  const unitNamed = (id: string | null | undefined) => {
    const unit = id ? models.directory.unit(id) : undefined;
    return unit ? `"${unit.name}" (${unit.id})` : id ? `"${id}"` : 'được nêu';
  };
  const who = (() => {
    switch (rule.scope?.kind) {
      case 'organizer':
        return `COUNCIL của cơ quan tổ chức ${words.group}${cluster ? ` (đơn vị ${unitNamed(cluster.organizerUnitId)})` : ''}`;
      case 'chair':
        return `CLUSTER_OFFICER của đơn vị ${words.chair} năm đó`;
      case 'unit':
        return `UNIT_OFFICER của chính đơn vị ${unitNamed(rule.scope.unitOf(input))}`;
      case 'dossierProposer':
        return `${rule.role} của bên đề nghị hồ sơ`;
      case 'dossierAddressee':
        return `COUNCIL của Hội đồng nhận hồ sơ`;
      case undefined:
        return rule.role;
    }
  })();
  return rule.stage ? `${who} (điểm giai đoạn ${rule.stage})` : who;
}
