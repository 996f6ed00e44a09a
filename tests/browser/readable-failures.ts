// Loaded before every browser test file (testRunnerHtml in web-test-runner.config.mjs), not a
// test file itself.
//
// A failed assertion carries what it compared as `actual` and `expected`, and the test runner
// walks both to report the failure. A DOM node, an event or a window leads that walk through the
// whole page (every enumerable property, inherited ones included), and the run then hangs until
// its timeout without naming the test. So where either holds anything but plain data, it is
// replaced by chai's own short description of it: the test fails at once, by name, with the
// message chai wrote.
//
// chai itself, the very instance @open-wc/testing exports, and not @open-wc/testing: that would
// be loaded before mocha is set up, and then not register its fixture cleanup after each test.
import * as chai from '@esm-bundle/chai';

/** Whether the runner can walk `value` safely: primitives, and arrays and plain objects of them. */
function plain(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function';
  if (depth > 8) return false;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((v) => plain(v, depth + 1));
}

chai.use((_chai, utils) => {
  const assert = _chai.Assertion.prototype.assert;
  _chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      const e = error as { actual?: unknown; expected?: unknown };
      for (const key of ['actual', 'expected'] as const)
        if (key in e && !plain(e[key])) e[key] = utils.inspect(e[key], false, 1);
      throw error;
    }
  } as typeof assert;
});
