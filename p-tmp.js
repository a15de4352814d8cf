const { SqliteEventStore } = require('./dist/src/eventstore/sqlite/sqlite-event-store.js');
const { SnapshotFile } = require('./dist/projections/snapshot.js');
const { createReadModels } = require('./dist/projections/read-models.js');
const { startupCheck } = require('./dist/src/audit/startup-check.js');
const { loadAuditKey } = require('./dist/src/audit/signing-key.js');
(async () => {
  let t = performance.now(); const lap = (n) => { console.log(n, Math.round(performance.now() - t)); t = performance.now(); };
  const dir = 'data/bench/national-u1000-c150-y10-k40-s1';
  const store = new SqliteEventStore(dir + '/thidua.db'); lap('open');
  console.log(await store.checkIntegrity()); lap('quick_check');
  console.log((await startupCheck(store, loadAuditKey(dir))).problems); lap('startupCheck total');
  const { projections } = createReadModels();
  console.log(await new SnapshotFile(dir).load(projections, store)); lap('snapshot');
})();
