import { startService, type TestService } from '../support/service';
import { CLUSTER, openYear, registerCluster, score } from '../support/year-scenario';

const gauge = (metrics: string, name: string, cache: string) => {
  const line = new RegExp(`^${name}\\{cache="${cache}"\\} (\\d+)$`, 'm').exec(metrics);
  return line ? Number(line[1]) : null;
};

describe('the service’s caches are reported on /metrics, each with its entries and approximate bytes', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startService();
    await registerCluster(service);
    await openYear(service, 2024, 'tan-chau', 'an-phu');
    await score(service, 2024, 'tan-chau', 'COUNCIL', [35, 35, 15]);
    await service.gql(`{ rankings(clusterId: "${CLUSTER}", year: 2024) { units { unitId } } }`);
    await service.gql('{ clusterGraph(year: 2024) { nodes { id } } }');
  });
  afterAll(() => service?.stop());

  it('counts the kept stream views, last writes and kept answers after commands, a ranking and a graph', async () => {
    const metrics = await (await fetch(`${service.base}/metrics`)).text();
    for (const cache of ['stream-views', 'last-writes', 'kept-answers']) {
      expect(gauge(metrics, 'thidua_cache_entries', cache)).toBeGreaterThan(0);
      expect(gauge(metrics, 'thidua_cache_bytes', cache)).toBeGreaterThan(0);
    }
  });
});
