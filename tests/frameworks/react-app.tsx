// A React 19 component using the elements as a developer would: the npm package, its React
// typings, data passed as properties, events received through `on<event>` props. Bundled for the
// browser by tests/frameworks/bundle-plugin.mjs, type-checked by tests/node/package.test.mjs.
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'network-elements';
import type {} from 'network-elements/react';
import type { FeedErrorEvent, FeedLoadEvent, Network, NetworkFeed } from 'network-elements/classes';

export interface AppProps {
  /** A network object for `<network-card>`'s `network` property. */
  network: Network;
  /** Feed data for `<network-list>`'s `feed` property. */
  feed: NetworkFeed;
  /** A feed address for `src`, whose `feed-load` the component shows. */
  src: string;
}

/** Data from elsewhere whose shape nobody checked (JSON.parse gives any): the element validates it. */
const broken = JSON.parse('{"version": "1.0.0"}');

function App({ network, feed, src }: AppProps) {
  const [loaded, setLoaded] = useState('not yet');
  const [error, setError] = useState('none');
  return (
    <main lang="en">
      <network-card id="card" network={network} heading-level="3" />
      <network-list id="list" feed={feed} intro />
      <network-list
        id="remote"
        src={src}
        category="topic-specific"
        onfeed-load={(e: FeedLoadEvent) => setLoaded(`${e.networks} networks`)}
      />
      <contact-box id="broken" feed={broken} onfeed-error={(e: FeedErrorEvent) => setError(e.kind)} />
      <p id="loaded">{loaded}</p>
      <p id="error">{error}</p>
    </main>
  );
}

/** Renders the component into `container`; returns a function that unmounts it. */
export function mount(container: HTMLElement, props: AppProps): () => void {
  const root: Root = createRoot(container);
  flushSync(() => root.render(<App {...props} />));
  return () => root.unmount();
}
