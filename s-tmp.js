require('reflect-metadata');
const { createApp } = require('./dist/src/app.js');
const { loadConfig } = require('./dist/src/config.js');
const { ranking } = require('./dist/projections/rankings.js');
const { clusterGraph } = require('./dist/projections/directory/cluster-graph.js');
(async () => {
  let t = performance.now();
  const app = await createApp(loadConfig({ THIDUA_STORE: 'sqlite:data/bench/national-u1000-c150-y10-k40-s1/thidua.db' }));
  console.log('createApp ms', Math.round(performance.now() - t), app.startup);
  t = performance.now(); for (let i = 0; i < 1000; i++) ranking(app.models, 'cum-1', 2025); console.log('ranking µs', (performance.now() - t));
  t = performance.now(); for (let i = 0; i < 10; i++) clusterGraph(app.models.directory, 2025); console.log('graph ms', (performance.now() - t) / 10);
  await app.close();
})();
