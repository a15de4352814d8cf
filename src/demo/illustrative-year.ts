import fs from 'node:fs';
import path from 'node:path';
import type { Actor } from '../kernel/actor';
import type { CommandContext } from '../commands/command-context';
import type { CommandResult } from '../commands/command-result';
import { publishCriteriaSet } from '../catalogue/handlers';
import { formCluster } from '../cluster/handlers';
import * as year from '../cluster/year-handlers';
import { correctScore, recordScore } from '../scorecard/handlers';
import { registerUnit } from '../unit/handlers';
import * as dossier from '../awards/handlers';
import type { EventStore } from '../eventstore/port';
import { criteriaSetInHundredths } from '../graphql/points';
import { toHundredths } from '../kernel/points';

/**
 * An illustrative cluster year ("minh hoạ"): invented units and facts, labelled as such in every
 * name, entered step by step by the actors a real year has, so the audit queries and exports have
 * something to show. The three real reports stay as they are.
 */
export interface IllustrativeYear {
  illustrative: true;
  title: string;
  notes: string[];
  actors: Record<string, Omit<Actor, 'id'>>;
  /** In order; `on` is the date the scenario gives the step (the service stamps its own recording time). */
  steps: { on: string; by: string; command: string; input: ScenarioInput }[];
}

/** A step's input is JSON from the scenario file; each handler validates it as it would a GraphQL input. */
type ScenarioInput = Record<string, unknown>;
type Handler = (store: EventStore, input: never, context: CommandContext) => Promise<CommandResult>;
type Convert = (input: never) => unknown;

const orNull = (value: unknown) => value ?? null;
const memo = (i: ScenarioInput) => {
  const m = (i.memo ?? {}) as ScenarioInput;
  return { ...i, memo: { number: orNull(m.number), date: orNull(m.date), signer: orNull(m.signer) } };
};
const item = (i: ScenarioInput) => ({ ...i, candidate: orNull(i.candidate), count: i.count ?? 1, achievements: orNull(i.achievements) });
const named = (i: ScenarioInput) => ({
  ...i,
  named: (i.named as ScenarioInput[]).map((n) => ({ ...n, achievements: orNull(n.achievements) })),
});
const verdict = (i: ScenarioInput) => ({ ...i, reason: orNull(i.reason), vote: orNull(i.vote) });
const decision = (i: ScenarioInput) => ({ ...i, signer: orNull(i.signer) });

const score = (input: ScenarioInput) => ({ ...input, points: toHundredths(input.points as number), evidence: input.evidence ?? null });

/** The commands a scenario may use, each with the conversion the GraphQL layer would make. */
const COMMANDS: Record<string, [Handler, Convert]> = {
  registerUnit: [registerUnit, (i) => i],
  formCluster: [formCluster, (i) => i],
  publishCriteriaSet: [publishCriteriaSet, criteriaSetInHundredths],
  recordScore: [recordScore, score],
  correctScore: [correctScore, score],
  draftDossier: [dossier.draftDossier, memo],
  addDossierItem: [dossier.addDossierItem, item],
  resolveDossierCountItem: [dossier.resolveDossierCountItem, named],
  appraiseDossierItem: [dossier.appraiseDossierItem, verdict],
  decideDossier: [dossier.decideDossier, decision],
  ...Object.fromEntries(
    (['submitDossier', 'receiveDossier', 'returnDossier', 'resubmitDossier'] as const).map((name) => [
      name,
      [dossier[name] as Handler, (i: unknown) => i],
    ]),
  ),
  ...Object.fromEntries(
    (
      [
        'openClusterYear',
        'rotateChair',
        'adoptCriteriaSet',
        'draftAgreement',
        'signAgreement',
        'registerTitle',
        'finalizeScores',
        'openVote',
        'castBallot',
        'closeVote',
        'proposeAward',
        'decideAward',
        'revokeAward',
      ] as const
    ).map((name) => [name, [year[name] as Handler, (i: unknown) => i]]),
  ),
};

/** The scenarios in `dir`, each keyed by its file name (which prefixes its command ids). */
export function readIllustrativeYears(dir: string): { key: string; scenario: IllustrativeYear }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      key: path.basename(file, '.json'),
      scenario: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as IllustrativeYear,
    }));
}

/**
 * Replays the scenario through the command pipeline as its actors. A step's date goes into its
 * correlation id (the day's work, "cum-thi-dua-minh-hoa-2023:2023-12-20"); command ids are fixed, so loading
 * twice appends nothing.
 */
export async function loadIllustrativeYear(store: EventStore, scenario: IllustrativeYear, key: string): Promise<void> {
  for (const [index, step] of scenario.steps.entries()) {
    const entry = COMMANDS[step.command];
    if (!entry) throw new Error(`${key}: bước ${index + 1} dùng lệnh không có: ${step.command}`);
    const actor = scenario.actors[step.by];
    if (!actor) throw new Error(`${key}: bước ${index + 1} ghi người nhập không có trong danh sách: ${step.by}`);
    const [handler, convert] = entry;
    const commandId = `demo:${key}:${index + 1}`;
    await handler(store, convert(step.input as never) as never, {
      actor: { id: step.by, ...actor },
      commandId,
      correlationId: `${key}:${step.on}`,
      causationId: commandId,
      ...(typeof step.input.reason === 'string' ? { reason: step.input.reason } : {}),
    });
  }
}
