const { httpRecordScore } = require('./dist/bench/sections/commands.js');
const { NATIONAL } = require('./dist/bench/national/store-file.js');
httpRecordScore(NATIONAL, 6000, console.error).then((rows) => console.log(rows));
