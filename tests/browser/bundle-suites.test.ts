// The accessibility and layout suites once more, on the built ES bundle that webmasters load
// (minified templates and styles, parts beside it) instead of the sources. The bundle registers
// the elements first; the suites, imported after it, then find the tags taken, and their own
// imports of the sources register nothing.
import { expect } from '@open-wc/testing';
import { NetworkList } from '../../src/classes.js';

const BUNDLE = '/dist/cdn/network-elements.js';
await import(/* @vite-ignore */ BUNDLE);
await import('./elements-a11y.test.js');
await import('./elements-layout.test.js');

describe('the suites here run on the bundle', () => {
  it('<network-list> is the bundle’s element, not the sources’', () => {
    const registered = customElements.get('network-list')!;
    expect(registered === NetworkList, 'the sources’ class').to.equal(false);
    expect(registered.name, 'a minified class').not.to.equal('NetworkList');
  });
});
