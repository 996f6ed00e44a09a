// A Vue 3 component using the elements as a developer would: the npm package, an in-DOM style
// template compiled at run time, `isCustomElement` set, data bound as properties (`:network`,
// `:feed`), events received with `@feed-load` / `@feed-error`. Bundled for the browser by
// tests/frameworks/bundle-plugin.mjs.
import { createApp, defineComponent, ref, type PropType } from 'vue';
import 'network-elements';
import type { FeedErrorEvent, FeedLoadEvent, Network, NetworkFeed } from 'network-elements/classes';

const TAGS = new Set(['network-list', 'network-card', 'contact-box']);

const App = defineComponent({
  props: {
    network: { type: Object as PropType<Network>, required: true },
    feed: { type: Object as PropType<NetworkFeed>, required: true },
    src: { type: String, required: true },
  },
  setup() {
    const loaded = ref('not yet');
    const error = ref('none');
    const broken = { version: '1.0.0' };
    return {
      loaded,
      error,
      broken,
      onLoad: (e: FeedLoadEvent) => (loaded.value = `${e.networks} networks`),
      onError: (e: FeedErrorEvent) => (error.value = e.kind),
    };
  },
  template: `
    <main lang="en">
      <network-card id="card" :network="network" heading-level="3"></network-card>
      <network-list id="list" :feed="feed" intro></network-list>
      <network-list id="remote" :src="src" category="topic-specific" @feed-load="onLoad"></network-list>
      <contact-box id="broken" :feed="broken" @feed-error="onError"></contact-box>
      <p id="loaded">{{ loaded }}</p>
      <p id="error">{{ error }}</p>
    </main>`,
});

/** Renders the component into `container`; returns a function that unmounts it. */
export function mount(container: HTMLElement, props: { network: Network; feed: NetworkFeed; src: string }): () => void {
  const app = createApp(App, props);
  app.config.compilerOptions.isCustomElement = (tag) => TAGS.has(tag);
  app.mount(container);
  return () => app.unmount();
}
