const { serviceOn, body } = require('./dist/bench/sections/service.js');
const { load, ask } = require('./dist/bench/lib/load.js');
const { planNationalData } = require('./dist/bench/national/plan.js');
const { NATIONAL } = require('./dist/bench/national/store-file.js');
(async () => {
  const plan = planNationalData(NATIONAL);
  const { service, token } = await serviceOn('data/bench/national-u1000-c150-y10-k40-s1/thidua.db', plan, 2025);
  console.log('start ms', Math.round(service.startMs));
  const which = process.argv[2];
  const b = which === 'graph' ? body('query($y: Int!) { clusterGraph(year: $y) { year nodes { id kind entityId label category } edges { source target kind } } }', { y: 2025 })
    : body(`query($c: ID!, $y: Int!) { rankings(clusterId: $c, year: $y) { clusterId year finalized criteriaSet { criteriaSetId version } units { unitId rank classification qualifiesForTitleId effectiveStage effectiveTotal totals { stage standard bonus penalty total scoredCriteria } } } }`, { c: 'cum-1', y: 2025 });
  for (let i = 0; i < 50; i++) { try { await ask(service.url, token, b); break; } catch { await new Promise(r => setTimeout(r, 200)); } }
  const f = await load({ url: service.url, token, body: b, seconds: 5 }); console.log(which, f.reqPerSec, f.mean);
  await service.stop();
})();
