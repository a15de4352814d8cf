import type { Client } from 'graphql-ws';
import { Role } from '../../src/kernel/actor';
import { eventually, liveClient, metric } from '../support/live';
import { ok } from '../support/mutations';
import { startService, type TestService } from '../support/service';
import { CLUSTER, registerCluster } from '../support/year-scenario';

const INBOX = `subscription($id: ID!) { dossierInboxChanged(addresseeId: $id) { step dossierId dossier { status } inbox { dossierId } } }`;
const dossier = { dossierId: 'hs-truc-tiep' };

interface Change {
  step: string;
  dossierId: string;
  dossier: { status: string };
  inbox: { dossierId: string }[];
}

/** What a council's open inbox receives over graphql-ws while a dossier is drafted, sent, received and returned. */
describe('over graphql-ws: a council’s live inbox', () => {
  let service: TestService;
  let client: Client;
  const seen: Record<string, Change[]> = { ag: [], other: [] };

  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    for (const [councilId, unitId] of [
      ['hdtdkt-ag', 'vks-an-giang'],
      ['hdtdkt-khac', 'tan-chau'],
    ])
      await ok(service, 'registerCouncil', { councilId, name: `Hội đồng Thi đua – Khen thưởng ${unitId}`, level: 'UNIT', unitId });
    const token = await service.token('thu-ky', { role: Role.COUNCIL, unit: 'vks-an-giang' });
    client = liveClient(service, token);
    for (const [key, id] of [
      ['ag', 'hdtdkt-ag'],
      ['other', 'hdtdkt-khac'],
    ])
      client.subscribe<{ dossierInboxChanged: Change }>(
        { query: INBOX, variables: { id } },
        {
          next: ({ data }) => void seen[key].push(data!.dossierInboxChanged),
          error: (e) => void seen[key].push({ step: `error ${String(e)}` } as Change),
          complete: () => undefined,
        },
      );
    await eventually(async () => (await metric(service, 'thidua_ws_subscriptions')) === 2, 'both subscriptions to start');
  });
  afterAll(async () => {
    await client.dispose();
    await service.stop();
  });

  it('sees nothing of a draft, then each step from the sending to the return, with the inbox as it then stands', async () => {
    await ok(service, 'draftDossier', {
      ...dossier,
      year: 2024,
      proposer: { kind: 'CLUSTER', id: CLUSTER },
      addressee: { kind: 'COUNCIL', id: 'hdtdkt-ag' },
    });
    await ok(service, 'addDossierItem', { ...dossier, itemId: 'm1', entryId: 'giay-khen', candidate: { kind: 'UNIT', id: 'tan-chau' } });
    await ok(service, 'submitDossier', dossier);
    await ok(service, 'receiveDossier', dossier);
    await ok(service, 'returnDossier', { ...dossier, reason: 'Thiếu báo cáo thành tích' });
    await ok(service, 'addDossierItem', { ...dossier, itemId: 'm2', entryId: 'giay-khen', candidate: { kind: 'UNIT', id: 'tri-ton' } });
    await eventually(() => seen.ag.length >= 3, 'three steps in the inbox');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.ag.map(({ step, dossier: d, inbox }) => [step, d.status, inbox.map((i) => i.dossierId)])).toEqual([
      ['Submitted', 'SUBMITTED', ['hs-truc-tiep']],
      ['Received', 'RECEIVED', ['hs-truc-tiep']],
      ['Returned', 'RETURNED', []],
    ]);
    expect(seen.other).toEqual([]);
  });
});
