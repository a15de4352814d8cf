import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  addDossierItem,
  appraiseDossierItem,
  decideDossier,
  draftDossier,
  receiveDossier,
  resolveDossierCountItem,
  resubmitDossier,
  returnDossier,
  submitDossier,
} from '../../src/awards/handlers';
import { Checkpointer } from '../../src/audit/checkpointer';
import { loadAuditKey } from '../../src/audit/signing-key';
import type { CommandContext } from '../../src/commands/command-context';
import { loadConfig } from '../../src/config';
import type { EventStore } from '../../src/eventstore/port';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { Role } from '../../src/kernel/actor';
import { CouncilLevel } from '../../src/records/domain/document/document-issuer';
import { registerCouncil } from '../../src/records/council-handlers';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { NationalDataWriter } from './generate';
import { planNationalData, type Plan } from './plan';

/** N dossiers of M items each: the shape of the award-dossier store, and the key of its cached folder. */
export interface DossierShape {
  dossiers: number;
  items: number;
}

export const FIRST_YEAR = 2021;
export const YEARS = 5;
/** Dossiers come in blocks of 20 of one year, the years in turn. */
export const yearOf = (i: number) => FIRST_YEAR + (Math.floor(i / 20) % YEARS);
/**
 * Where a dossier's proposal ends, by its place in its block: most decided, one in ten after being
 * returned once; in the last year, one in five still a draft, sent, returned or being appraised.
 */
export type Fate = 'DECIDED' | 'RETURNED_THEN_DECIDED' | 'RECEIVED' | 'SUBMITTED' | 'RETURNED' | 'DRAFT';
export function fateOf(i: number): Fate {
  const open = yearOf(i) === FIRST_YEAR + YEARS - 1 ? (['RECEIVED', 'SUBMITTED', 'RETURNED', 'DRAFT'] as const)[(i % 20) - 16] : undefined;
  return open ?? (i % 20 >= 14 && i % 20 < 16 ? 'RETURNED_THEN_DECIDED' : 'DECIDED');
}

/** Who proposes to whom: a district or provincial unit, or a cluster of districts, to its province's council. */
export interface Party {
  proposer: { kind: 'UNIT' | 'CLUSTER'; id: string };
  councilId: string;
}

const councilOf = (provinceId: string) => `hd-${provinceId}`;

export function partiesOf(plan: Plan): Party[] {
  const level = new Map(plan.units.map((u) => [u.unitId, u] as const));
  const provinceOf = (unitId: string) => {
    const unit = level.get(unitId)!;
    return unit.level === UnitLevel.PROVINCIAL ? unit.unitId : unit.level === UnitLevel.DISTRICT ? unit.parentUnitId : null;
  };
  const units = plan.units.flatMap((u): Party[] => {
    const province = provinceOf(u.unitId);
    return province ? [{ proposer: { kind: 'UNIT', id: u.unitId }, councilId: councilOf(province) }] : [];
  });
  const clusters = plan.clusters.flatMap((c): Party[] => {
    const province = provinceOf(c.organizerUnitId);
    return province ? [{ proposer: { kind: 'CLUSTER', id: c.clusterId }, councilId: councilOf(province) }] : [];
  });
  return [...units, ...clusters];
}

export const dossierIdOf = (i: number) => `hs-${i}`;

/**
 * Item j of a dossier, by j modulo 10: a person's "Lao động tiên tiến", a certificate of merit
 * (giấy khen), "Chiến sĩ thi đua cơ sở" for the person proposed two items before (its prerequisite),
 * and a count-only "Tập thể Lao động tiên tiến" of two collectives, named once the council has it.
 */
export function itemOf(i: number, j: number) {
  const person = (k: number) => ({ kind: 'PERSON' as const, id: `cb-${i}-${k}` });
  const base = { dossierId: dossierIdOf(i), itemId: `m${j}`, count: 1, achievements: null };
  if (j % 10 === 9) return { ...base, entryId: 'lao-dong-tien-tien', candidate: null, count: 2 };
  if (j % 10 === 4) return { ...base, entryId: 'giay-khen', candidate: person(j) };
  if (j % 10 === 5 && j >= 2) return { ...base, entryId: 'chien-si-thi-dua-co-so', candidate: person(j - 2) };
  return { ...base, entryId: 'ca-nhan-lao-dong-tien-tien', candidate: person(j) };
}

const ADMIN = { id: 'bench-dossiers', name: 'Thư ký Hội đồng', role: Role.ADMIN, unitId: null, clusterId: null };
/** A command's context; `step` names it uniquely (a step and its dossier and item), so no two commands share an id. */
const contextFor = (step: string): CommandContext => {
  const id = `bench-dossier:${step}`;
  return { actor: ADMIN, commandId: id, correlationId: id, causationId: id };
};
/** The context of one step of an item or a dossier. */
export const stepOf = (step: string, input: { dossierId: string; itemId?: string }) =>
  contextFor(`${step}:${input.dossierId}${input.itemId ? `:${input.itemId}` : ''}`);

/** The units named for dossier i's count-only items: distinct within the dossier. */
const collectives = (plan: Plan, i: number, j: number) =>
  [0, 1].map((k) => ({ kind: 'UNIT' as const, id: plan.units[(i * 7 + j * 2 + k) % plan.units.length].unitId }));

/** Names the count-only items' collectives (the council's step before appraising them). */
export async function nameCountItems(store: EventStore, plan: Plan, i: number, items: number): Promise<void> {
  for (let j = 0; j < items; j += 1) {
    const { dossierId, itemId, candidate } = itemOf(i, j);
    if (candidate) continue;
    const named = collectives(plan, i, j).map((unit, k) => ({ itemId: `${itemId}-${k}`, candidate: unit, achievements: null }));
    await resolveDossierCountItem(store, { dossierId, itemId, named }, stepOf('resolve', { dossierId, itemId }));
  }
}

/** The appraisals of dossier i's first `upTo` items once named, in order (a prerequisite before the title needing it), one in 20 rejected. */
export function appraisals(i: number, upTo: number) {
  return Array.from({ length: upTo }, (_, j) => j).flatMap((j) => {
    const item = itemOf(i, j);
    const reject = (i + j) % 20 === 7 && j % 10 !== 3;
    const verdict = reject
      ? ({ verdict: 'REJECTED', reason: 'Chưa đủ thành tích tiêu biểu' } as const)
      : ({ verdict: 'APPROVED', reason: null } as const);
    const itemIds = item.candidate ? [item.itemId] : [0, 1].map((k) => `${item.itemId}-${k}`);
    return itemIds.map((itemId) => ({ dossierId: item.dossierId, itemId, ...verdict, vote: null }));
  });
}

export const decision = (i: number) => ({
  dossierId: dossierIdOf(i),
  decisionNumber: `${100 + (i % 900)}/QĐ-VKS`,
  decisionDate: `${yearOf(i)}-12-20`,
  signer: 'Viện trưởng VKSND tỉnh',
});

/** Drafts dossier i and adds its items: a proposer's part. */
export async function drafted(store: EventStore, parties: Party[], i: number, items: number): Promise<void> {
  const party = parties[i % parties.length];
  await draftDossier(
    store,
    {
      dossierId: dossierIdOf(i),
      year: yearOf(i),
      proposer: party.proposer,
      addressee: { kind: 'COUNCIL', id: party.councilId },
      memo: { number: `${i}/TTr`, date: `${yearOf(i)}-11`, signer: null },
    },
    stepOf('draft', { dossierId: dossierIdOf(i) }),
  );
  for (let j = 0; j < items; j += 1) await addDossierItem(store, itemOf(i, j), stepOf('add', itemOf(i, j)));
}

/** One dossier from its draft to where its fate leaves it. */
async function writeDossier(store: EventStore, plan: Plan, parties: Party[], i: number, items: number): Promise<void> {
  const fate = fateOf(i);
  const dossierId = { dossierId: dossierIdOf(i) };
  await drafted(store, parties, i, items);
  if (fate === 'DRAFT') return;
  await submitDossier(store, dossierId, stepOf('submit', dossierId));
  if (fate === 'SUBMITTED') return;
  await receiveDossier(store, dossierId, stepOf('receive', dossierId));
  if (fate === 'RETURNED' || fate === 'RETURNED_THEN_DECIDED')
    await returnDossier(store, { ...dossierId, reason: 'Thiếu báo cáo thành tích' }, stepOf('return', dossierId));
  if (fate === 'RETURNED') return;
  if (fate === 'RETURNED_THEN_DECIDED') {
    await resubmitDossier(store, dossierId, stepOf('resubmit', dossierId));
    await receiveDossier(store, dossierId, stepOf('receive-again', dossierId));
  }
  await nameCountItems(store, plan, i, items);
  for (const appraisal of appraisals(i, fate === 'RECEIVED' ? Math.floor(items / 2) : items))
    await appraiseDossierItem(store, appraisal, stepOf('appraise', appraisal));
  if (fate !== 'RECEIVED') await decideDossier(store, decision(i), stepOf('decide', decision(i)));
}

/** The directory the dossiers name (about one unit per ten dossiers) and a provincial council per province. */
export function directoryPlan(shape: DossierShape): Plan {
  const units = Math.min(1000, Math.max(80, Math.round(shape.dossiers / 10)));
  // Every unit but the supreme procuracy sits in a cluster of 5–9: seven on average.
  return planNationalData({ units, clusters: Math.round((units - 1) / 7), years: 1, criteria: 5, seed: 1 });
}

async function writeDirectory(store: EventStore, plan: Plan): Promise<void> {
  await new NationalDataWriter(store, plan).writeDirectory();
  for (const unit of plan.units.filter((u) => u.level === UnitLevel.PROVINCIAL))
    await registerCouncil(
      store,
      {
        councilId: councilOf(unit.unitId),
        name: `Hội đồng Thi đua – Khen thưởng ${unit.name}`,
        level: CouncilLevel.PROVINCIAL,
        unitId: unit.unitId,
      },
      contextFor(`council:${unit.unitId}`),
    );
}

/** Runs `task(i)` for i in [from, to) with at most `width` at once: the writers of one group commit. */
export async function pool(from: number, to: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = from;
  const worker = async () => {
    for (let i = next++; i < to; i = next++) await task(i);
  };
  await Promise.all(Array.from({ length: Math.min(width, to - from) }, worker));
}

export const dossierFolder = (shape: DossierShape) => path.join('data', 'bench', `dossiers-d${shape.dossiers}-i${shape.items}-s1`);
const COMPLETE = 'generated';

/**
 * The dossier store of `shape`, written through the command handlers the first time (checkpoints
 * signed as the service signs them) and reused after; a folder without its completion mark is
 * written again. Returns the store file and, when it was written now, how long that took.
 */
export async function ensureDossierStore(
  shape: DossierShape,
  log: (line: string) => void,
): Promise<{ file: string; seconds: number | null }> {
  const folder = dossierFolder(shape);
  const file = path.join(folder, 'thidua.db');
  if (fs.existsSync(path.join(folder, COMPLETE))) return { file, seconds: null };
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const store = new SqliteEventStore(file);
  const failure: { error?: unknown } = {};
  const checkpointer = new Checkpointer(store, loadAuditKey(folder), loadConfig({}).checkpointEvery, (error) => (failure.error = error));
  await checkpointer.start();
  const started = performance.now();
  const plan = directoryPlan(shape);
  const parties = partiesOf(plan);
  await writeDirectory(store, plan);
  const report = Math.max(1, Math.round(shape.dossiers / 10));
  await pool(0, shape.dossiers, 200, async (i) => {
    await writeDossier(store, plan, parties, i, shape.items);
    if ((i + 1) % report === 0) log(`dossiers: ${i + 1} of ${shape.dossiers} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  });
  const seconds = (performance.now() - started) / 1000;
  await checkpointer.stop({ signHead: true });
  if (failure.error) throw failure.error as Error;
  await store.close();
  fs.writeFileSync(path.join(folder, COMPLETE), `${new Date().toISOString()} ${seconds.toFixed(1)} s\n`);
  return { file, seconds };
}
