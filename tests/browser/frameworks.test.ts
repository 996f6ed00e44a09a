// The elements inside a React 19 component and a Vue 3 component (tests/frameworks/*, bundled by
// tests/frameworks/bundle-plugin.mjs against the npm build in dist/): objects passed as
// properties, not as "[object Object]" attributes; events reaching the framework's handlers.
import { expect, waitUntil } from '@open-wc/testing';
import bundled from '../../src/feed/networks.json';
import type { Network, NetworkFeed } from '../../src/classes.js';

type Mount = (container: HTMLElement, props: { network: Network; feed: NetworkFeed; src: string }) => () => void;

const heidelberg = bundled as NetworkFeed;
/** The bundled feed cut to its cross-topic networks: told apart from the whole feed by its count. */
const crossTopic: NetworkFeed = {
  ...heidelberg,
  categories: heidelberg.categories.filter((c) => c.id === 'cross-topic'),
  networks: heidelberg.networks.filter((n) => n.category === 'cross-topic'),
};
const energyCities = heidelberg.networks.find((n) => n.id === 'energy-cities')!;
/** The bundled feed as plain JSON (tests/frameworks/bundle-plugin.mjs). */
const src = '/tests/frameworks/feed';

const shadow = (root: HTMLElement, id: string) => root.querySelector(`#${id}`)!.shadowRoot!;
const text = (root: HTMLElement, id: string) => root.querySelector(`#${id}`)!.textContent!.trim();

for (const framework of ['React 19', 'Vue 3']) {
  describe(`the elements in a ${framework} component`, () => {
    let container: HTMLElement;
    let unmount: () => void;

    before(async () => {
      const url = `/tests/frameworks/${framework.startsWith('React') ? 'react' : 'vue'}-app.bundle.js`;
      const { mount } = (await import(/* @vite-ignore */ url)) as { mount: Mount };
      container = document.createElement('div');
      document.body.append(container);
      unmount = mount(container, { network: energyCities, feed: crossTopic, src });
      await waitUntil(() => container.querySelector('#card')?.shadowRoot?.querySelector('article'), 'rendered');
    });

    after(() => {
      unmount();
      container.remove();
    });

    it('passes a network object to <network-card> as a property, and heading-level as an attribute', () => {
      const card = container.querySelector('#card')!;
      expect(card.hasAttribute('network'), 'no "[object Object]" attribute').to.equal(false);
      expect(card.getAttribute('heading-level')).to.equal('3');
      const heading = shadow(container, 'card').querySelector('h3');
      expect(heading?.textContent).to.include(energyCities.name.en);
    });

    it('passes feed data to <network-list> as a property: only the given networks, in English', () => {
      const list = shadow(container, 'list');
      expect(list.querySelectorAll('article')).to.have.length(crossTopic.networks.length);
      expect(list.textContent).to.include(crossTopic.categories[0].name.en);
      expect(list.textContent).to.include(heidelberg.title!.en);
    });

    it(`hands feed-load from a remote feed to ${framework}'s handler`, async () => {
      await waitUntil(() => text(container, 'loaded') !== 'not yet', 'feed-load reached the component');
      expect(text(container, 'loaded')).to.equal(`${heidelberg.networks.length} networks`);
      const remote = shadow(container, 'remote');
      const topicSpecific = heidelberg.networks.filter((n) => n.category === 'topic-specific');
      expect(remote.querySelectorAll('article')).to.have.length(topicSpecific.length);
    });

    it(`hands feed-error for invalid feed data to ${framework}'s handler`, async () => {
      await waitUntil(() => text(container, 'error') !== 'none', 'feed-error reached the component');
      expect(text(container, 'error')).to.equal('invalid');
      // In the component's language (<main lang="en">): the sentence for readers, then the cause and each problem.
      const lines = [...shadow(container, 'broken').querySelectorAll('[part="error"] :is(p, li)')].map((n) =>
        n.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(lines, 'the message shown').to.deep.equal([
        'This information contains errors and cannot be shown.',
        'The data is not a valid network feed.',
        'checked: is missing',
        'categories: is missing',
        'networks: is missing',
        'contacts: is missing',
      ]);
    });
  });
}
