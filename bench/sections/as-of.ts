import { ask, load } from '../lib/load';
import type { Plan } from '../national/plan';
import { serviceOn } from './service';
import { body, endOfYear, type Log, type Row } from './shared';
import { sqliteStore } from './stores';

const RANKINGS = `query($c: ID!, $y: Int!, $asOf: AsOf) { rankings(clusterId: $c, year: $y, asOf: $asOf) {
  units { unitId rank effectiveTotal totals { stage total } } } }`;

/** The same `rankings` read current and asOf the end of year 1, on stores of 1, 5 and 10 years. */
export async function asOfAgainstHistory(stores: { years: number; file: string; plan: Plan }[], log: Log): Promise<Row[]> {
  const rows: Row[] = [];
  const seconds = Math.max(3, Number(process.env.BENCH_SECONDS ?? 10) / 2);
  for (const { years, file, plan } of stores) {
    const { service, token } = await serviceOn(sqliteStore(file), plan, plan.firstYear);
    const cluster = plan.clusters[0].clusterId;
    const { recordedAt } = endOfYear(file, plan.firstYear);
    const current = body(RANKINGS, { c: cluster, y: plan.firstYear });
    const asOf = body(RANKINGS, { c: cluster, y: plan.firstYear, asOf: recordedAt });
    await ask(service.url, token, current);
    await ask(service.url, token, asOf);
    const now = await load({ url: service.url, token, body: current, seconds });
    const then = await load({ url: service.url, token, body: asOf, seconds });
    await service.stop();
    const ratio = then.mean / now.mean;
    log(`asOf on ${years} years: ${now.reqPerSec} vs ${then.reqPerSec} req/s`);
    rows.push({
      measure: `\`rankings\` of year 1, current vs asOf the end of year 1, ${years} year${years > 1 ? 's' : ''} of history`,
      figure: `${now.reqPerSec} vs ${then.reqPerSec} req/s, mean latency ${now.mean.toFixed(2)} vs ${then.mean.toFixed(2)} ms (${ratio.toFixed(2)} ×)`,
      target: years === 10 ? '≤ 1.2 ×' : undefined,
      met: years === 10 ? ratio <= 1.2 : undefined,
    });
  }
  return rows;
}
