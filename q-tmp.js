const { serviceOn, body } = require('./dist/bench/sections/service.js');
const { load, ask } = require('./dist/bench/lib/load.js');
const { planNationalData } = require('./dist/bench/national/plan.js');
const { NATIONAL } = require('./dist/bench/national/store-file.js');
const { startHello } = require('./dist/bench/lib/processes.js');
(async () => {
  const h = await startHello(); const hf = await load({ url: h.url, body: JSON.stringify({ query: '{ hello }' }), seconds: 5 }); await h.stop(); console.log('hello', hf.reqPerSec, hf.mean);
  const plan = planNationalData(NATIONAL);
  const { service, token } = await serviceOn('data/bench/national-u1000-c150-y10-k40-s1/thidua.db', plan, 2025);
  console.log('start ms', service.startMs, 'rss', service.rssMiB());
  const R = `query($c: ID!, $y: Int!, $asOf: AsOf) { rankings(clusterId: $c, year: $y, asOf: $asOf) { clusterId year finalized criteriaSet { criteriaSetId version } units { unitId rank classification qualifiesForTitleId effectiveStage effectiveTotal totals { stage standard bonus penalty total scoredCriteria } } } }`;
  for (const [n, b] of [['rankings', body(R, { c: 'cum-1', y: 2025 })], ['graph', body('query($y: Int!) { clusterGraph(year: $y) { year nodes { id kind entityId label category } edges { source target kind } } }', { y: 2025 })], ['audit', body('query { auditTrail(first: 20) { edges { cursor node { position stream type recordedAt actor { id role } commandId reason data hash } } pageInfo { hasNextPage endCursor } } }')]]) {
    const a = await ask(service.url, token, b); const f = await load({ url: service.url, token, body: b, seconds: 5 }); console.log(n, a.bytes, f.reqPerSec, f.mean, f.p99, (f.reqPerSec / hf.reqPerSec).toFixed(2));
  }
  console.log('rss', service.rssMiB());
  await service.stop();
})();
