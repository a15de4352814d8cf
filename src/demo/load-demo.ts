import fs from 'node:fs';
import path from 'node:path';
import { Role, type Actor } from '../kernel/actor';
import type { CommandContext } from '../commands/command-context';
import { formCluster } from '../cluster/handlers';
import * as year from '../cluster/year-handlers';
import { addCeremonyParticipant, recordAttendance, recordCeremony, registerDocument, registerPerson } from '../records/handlers';
import { registerCouncil } from '../records/council-handlers';
import { registerUnit } from '../unit/handlers';
import type { EventStore } from '../eventstore/port';
import { projectRoot } from '../project-root';
import type { DemoFile } from './demo-file';
import { loadIllustrativeYear, readIllustrativeYears } from './illustrative-year';

export const DEMO_DIR = path.join(projectRoot(), 'demo');
/** Invented data, labelled "minh hoạ", kept apart from the reports. */
const ILLUSTRATIVE_SUBDIR = 'minh-hoa';

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
const yearStep = (demo: DemoFile, step: string) => `demo:${demo.cluster.clusterId}:${demo.year}:${step}`;

async function loadOne(store: EventStore, demo: DemoFile): Promise<void> {
  const { clusterId } = demo.cluster;
  const y = { clusterId, year: demo.year };
  const id = (step: string) => yearStep(demo, step);
  for (const unit of demo.units) await registerUnit(store, unit, context(`demo:unit:${unit.unitId}`));
  await formCluster(store, demo.cluster, context(`demo:cluster:${clusterId}`));
  const membershipComplete = demo.membershipComplete ?? true;
  await year.openClusterYear(store, { ...y, memberUnitIds: demo.members, membershipComplete }, context(id('open')));
  if (demo.chairUnitId)
    await year.rotateChair(store, { ...y, chairUnitId: demo.chairUnitId, viceChairUnitId: demo.viceChairUnitId }, context(id('chair')));
  await year.draftAgreement(store, { ...y, ...demo.agreement }, context(id('agreement')));
  if (demo.regulation) await year.amendRegulation(store, { ...y, ...demo.regulation }, context(id('regulation')));
  for (const signature of demo.signatures)
    await year.signAgreement(store, { ...y, ...signature, signedOn: demo.agreement.ceremonyDate }, context(id(`sign:${signature.unitId}`)));
  if (demo.inForce) await year.recordAgreementInForce(store, { ...y, ...demo.inForce }, context(id('in-force')));
  for (const registration of demo.registrations)
    await year.registerTitle(store, { ...y, ...registration }, context(id(`register:${registration.unitId}`)));
  if (demo.registrationCounts)
    await year.stateRegistrationCounts(store, { ...y, ...demo.registrationCounts }, context(id('registration-counts')));
}

/** The report's documents, ceremony and people, through the same handlers as the records mutations. */
async function loadRecords(store: EventStore, demo: DemoFile): Promise<void> {
  const { clusterId } = demo.cluster;
  const { councils = [], documents, ceremony, people, participants, attendance = [], representatives } = demo.records;
  for (const council of councils) await registerCouncil(store, council, context(`demo:council:${council.councilId}`));
  for (const document of documents)
    await registerDocument(
      store,
      { citation: null, kind: null, number: null, issuedOn: null, issuerUnitId: null, title: null, ...document },
      context(`demo:document:${document.documentId}`),
    );
  for (const person of people) await registerPerson(store, person, context(`demo:person:${person.personId}`));
  const { ceremonyId } = ceremony;
  await recordCeremony(store, { clusterId, ...ceremony }, context(`demo:ceremony:${ceremonyId}`));
  for (const participant of participants)
    await addCeremonyParticipant(
      store,
      { ceremonyId, clusterId, ...participant },
      context(`demo:ceremony:${ceremonyId}:${participant.role}:${participant.personId}`),
    );
  for (const attended of attendance)
    await recordAttendance(
      store,
      { ceremonyId, clusterId, ...attended },
      context(`demo:ceremony:${ceremonyId}:attendance:${attended.attendanceId}`),
    );
  for (const representative of representatives)
    await year.nameOfficeRepresentative(
      store,
      { clusterId, year: demo.year, ...representative },
      context(yearStep(demo, `representative:${representative.office}`)),
    );
}

/**
 * Loads the illustrative years, then every demo report; returns their titles. The illustrative
 * years go first, so their log positions (which the `asOf` examples of docs/auditors.md use) do not move when
 * a report gains facts.
 */
export async function loadDemo(store: EventStore, dir = DEMO_DIR): Promise<string[]> {
  const illustrative = readIllustrativeYears(path.join(dir, ILLUSTRATIVE_SUBDIR));
  for (const { key, scenario } of illustrative) await loadIllustrativeYear(store, scenario, key);
  const files = readDemoFiles(dir);
  for (const demo of files) await loadOne(store, demo);
  // After every report's year, so the positions of the facts loaded before records existed do not move.
  for (const demo of files) await loadRecords(store, demo);
  return [...illustrative.map(({ scenario }) => scenario.title), ...files.map((demo) => demo.title)];
}
