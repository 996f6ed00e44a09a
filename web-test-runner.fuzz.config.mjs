// `npm run fuzz`: the fuzz tests alone, with 100,000 runs per property (or FUZZ_RUNS; FUZZ_SEED
// replays a seed fast-check printed). The runs count reaches the browser through the test server
// (tests/server/security.mjs); the long run needs a longer finish timeout than `npm test`.
import base from './web-test-runner.config.mjs';

process.env.FUZZ_RUNS ??= '100000';

export default {
  ...base,
  files: ['tests/browser/fuzz.test.ts'],
  concurrency: 1,
  testsFinishTimeout: 4 * 60 * 60 * 1000,
};
