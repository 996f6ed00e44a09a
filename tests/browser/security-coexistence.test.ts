/**
 * A CMS page may load the library more than once: the same script tag twice, the ES module next
 * to the classic script, an app's npm build next to the script tag. Each page here (served by
 * tests/server/security.mjs, opened in an iframe) must end with no uncaught error, each tag
 * registered exactly once, and working elements.
 */
import { expect } from '@open-wc/testing';
import { openFrame, settle, until } from '../fixtures/security-helpers.js';

const TAGS = ['network-list', 'network-card', 'contact-box'];

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

const CASES: [string, string][] = [
  ['the classic script twice', 'iife,iife'],
  ['the ES module bundle twice (two URLs, two module instances)', 'es,es-copy'],
  ['the ES module bundle and the classic script', 'es,iife'],
  ['the npm build next to the script tag', 'npm,iife'],
  ['the npm build next to the ES module bundle', 'es,npm'],
  // Under Trusted Types a second copy of Lit needs 'allow-duplicates' for its policy, as the README says.
  ['under strict CSP with Trusted Types (allow-duplicates): the classic script twice', 'iife,iife&csp=duplicates'],
  [
    'under strict CSP with Trusted Types (allow-duplicates): the npm build next to the script tag',
    'npm,iife&csp=duplicates',
  ],
  ['under strict CSP with Trusted Types (allow-duplicates): the ES module bundle twice', 'es,es-copy&csp=duplicates'],
];

describe('security: the library loaded twice on one page', () => {
  for (const [name, load] of CASES) {
    it(`${name}: no error, one registration per tag, working elements`, async () => {
      const { frame, doc, probe } = await openFrame(`/__security/coexist.html?load=${load}`);
      frames.push(frame);
      const list = doc.querySelector('network-list')!;
      const card = doc.querySelector('network-card')!;
      const box = doc.querySelector('contact-box')!;
      await until(
        () =>
          list.shadowRoot?.querySelectorAll('article').length === 5 &&
          card.shadowRoot?.querySelector('article') &&
          box.shadowRoot?.querySelector('address'),
        () => `the elements to render (the page saw ${JSON.stringify(probe)})`,
      );
      // Every copy ran before the frame's load event (module scripts run before it) and tried to register.
      const copies = load.split('&')[0].split(',').length;
      for (const tag of TAGS) expect(probe.tries[tag], `look-ups of ${tag}`).to.be.at.least(copies);
      await settle();
      expect(probe.errors, 'uncaught errors').to.deep.equal([]);
      expect(probe.violations, 'CSP violations').to.deep.equal([]);
      expect(probe.defines, 'registrations per tag').to.deep.equal(Object.fromEntries(TAGS.map((t) => [t, 1])));
      expect(card.shadowRoot!.querySelector('[part="card-heading"]')!.textContent).to.include('ECCAR');
    });
  }
});
