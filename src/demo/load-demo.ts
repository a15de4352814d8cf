import fs from 'node:fs';
import path from 'node:path';
import { Role, type Actor } from '../commands/actor';
import type { CommandContext } from '../commands/command-context';
import { formCluster } from '../commands/handlers/cluster-handlers';
import * as year from '../commands/handlers/cluster-year-handlers';
import { registerUnit } from '../commands/handlers/unit-handlers';
import type { EventStore } from '../eventstore/port';
import { projectRoot } from '../project-root';
import type { DemoFile } from './demo-file';

export const DEMO_DIR = path.join(projectRoot(), 'demo');

const LOADER: Actor = { id: 'demo-loader', name: 'Nạp dữ liệu mẫu từ báo cáo', role: Role.ADMIN, unitId: null, clusterId: null };

/** Deterministic command ids: loading twice appends nothing the second time. */
const context = (commandId: string): CommandContext => ({ actor: LOADER, commandId, correlationId: 'demo-load', causationId: commandId });

export function readDemoFiles(dir = DEMO_DIR): DemoFile[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as DemoFile);
}

/** Replays one report through the command pipeline, so the audit trail shows every fact and its source. */
async function loadOne(store: EventStore, demo: DemoFile): Promise<void> {
  const { clusterId } = demo.cluster;
  const y = { clusterId, year: demo.year };
  const id = (step: string) => `demo:${clusterId}:${demo.year}:${step}`;
  for (const unit of demo.units) await registerUnit(store, unit, context(`demo:unit:${unit.unitId}`));
  await formCluster(store, demo.cluster, context(`demo:cluster:${clusterId}`));
  await year.openClusterYear(store, { ...y, memberUnitIds: demo.members }, context(id('open')));
  if (demo.chairUnitId)
    await year.rotateChair(store, { ...y, chairUnitId: demo.chairUnitId, viceChairUnitId: demo.viceChairUnitId }, context(id('chair')));
  await year.draftAgreement(store, { ...y, ...demo.agreement }, context(id('agreement')));
  if (demo.regulation) await year.amendRegulation(store, { ...y, ...demo.regulation }, context(id('regulation')));
  for (const signature of demo.signatures)
    await year.signAgreement(store, { ...y, ...signature, signedOn: demo.agreement.ceremonyDate }, context(id(`sign:${signature.unitId}`)));
  for (const registration of demo.registrations)
    await year.registerTitle(store, { ...y, ...registration }, context(id(`register:${registration.unitId}`)));
}

/** Loads every demo report; returns their titles. */
export async function loadDemo(store: EventStore, dir = DEMO_DIR): Promise<string[]> {
  const files = readDemoFiles(dir);
  for (const demo of files) await loadOne(store, demo);
  return files.map((demo) => demo.title);
}
