// A React 19 app with the elements, as its developers write it: the package's React typings, data
// passed as properties (`feed` typed as NetworkFeed, from the package's JSON file), a boolean attribute,
// an event handler.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'network-elements';
import type {} from 'network-elements/react';
import type { FeedErrorEvent, NetworkFeed } from 'network-elements';
import heidelberg from 'network-elements/networks.json';

/** The Heidelberg feed (its JSON file, typed by the package) cut to its cross-topic networks. */
const crossTopic: NetworkFeed = {
  ...heidelberg,
  categories: heidelberg.categories.filter((c) => c.id === 'cross-topic'),
  networks: heidelberg.networks.filter((n) => n.category === 'cross-topic'),
};

/** Data of unknown shape (JSON.parse gives any): the element checks it, and reports the failure. */
const broken = JSON.parse('{"version": "1.0.0"}');

function App() {
  const [failure, setFailure] = useState('none');
  return (
    <main>
      <network-list id="list" feed={crossTopic} heading-level="3" />
      <network-card id="card" network="eccar" structured-data />
      <contact-box id="contacts" structured-data={false} />
      <network-card id="broken" feed={broken} onfeed-error={(e: FeedErrorEvent) => setFailure(e.kind)} />
      <p id="failure">{failure}</p>
    </main>
  );
}

// The typings reach this app: each line below is an error the type check must find.
// @ts-expect-error structured-data is a boolean.
export const notBoolean = <network-card structured-data="yes" />;
// @ts-expect-error feed is a NetworkFeed.
export const notFeed = <network-list feed={{ networks: 3 }} />;
// @ts-expect-error no such element.
export const notElement = <network-map />;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
