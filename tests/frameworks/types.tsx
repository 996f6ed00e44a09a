// Type tests: what the package's declarations accept and reject in TypeScript, React 19 JSX and
// Vue 3 templates. Compiled by tests/node/package.test.mjs; every `@ts-expect-error` must meet an
// error, so a typing that became too loose fails the test.
import type { GlobalComponents } from 'vue';
import type {} from 'network-elements/react';
import type {} from 'network-elements/vue';
import type { FeedErrorKind, NetworkCard, NetworkFeed, NetworkList } from 'network-elements/classes';
import 'network-elements';

declare const feed: NetworkFeed;

// Tag names map to the classes.
export const card: NetworkCard = document.createElement('network-card');
export const list: NetworkList | null = document.querySelector('network-list');
// @ts-expect-error A <network-card> is not a <network-list>.
export const wrongClass: NetworkList = document.createElement('network-card');

// Typed events.
card.addEventListener('feed-error', (e) => e.kind satisfies FeedErrorKind);
card.addEventListener('feed-load', (e) => e.networks satisfies number);
// @ts-expect-error feed-load carries no error kind.
card.addEventListener('feed-load', (e) => e.kind);

// React 19: attributes, properties and events.
export const reactOk = (
  <>
    <network-list src="https://partner.example/networks.json" category="cross-topic" intro heading-level="3" />
    <network-card network="energy-cities" headingLevel={4} onfeed-error={(e) => e.kind satisfies FeedErrorKind} />
    <network-list structured-data searchable={false} intro={true} />
    <network-card network="eccar" structured-data={false} structuredData />
    <contact-box
      contact="europe-office"
      feed={feed}
      onfeed-load={(e) => e.url satisfies string}
      lang="en"
      className="x"
    />
  </>
);
// @ts-expect-error A misspelt attribute.
export const reactTypo = <network-list categroy="cross-topic" />;
// @ts-expect-error A network is an id or a network object, not a number.
export const reactWrongType = <network-card network={42} />;
// @ts-expect-error intro is a boolean.
export const reactWrongBoolean = <network-list intro="yes please" />;
// @ts-expect-error feed-load carries no error kind.
export const reactWrongEvent = <network-list onfeed-load={(e) => e.kind} />;
// @ts-expect-error structured-data is a boolean attribute.
export const reactWrongDashedBoolean = <network-list structured-data="no" />;
// @ts-expect-error A feed is feed data (the elements still validate whatever a script sets).
export const reactWrongFeed = <network-list feed={{ networks: 'none' }} />;

// Vue 3: what vue-tsc checks a template's props and @events against.
type VueCard = InstanceType<GlobalComponents['network-card']>['$props'];
type VueList = InstanceType<GlobalComponents['network-list']>['$props'];
export const vueOk: VueCard = { network: 'energy-cities', headingLevel: 3, onFeedError: (e) => e.kind };
export const vueListOk: VueList = {
  src: '/feed.json',
  category: 'cross-topic',
  intro: true,
  searchable: false,
  structuredData: true,
  feed,
  onFeedLoad: (e) => e.networks,
};
// @ts-expect-error A network is an id or a network object, not a number.
export const vueWrongType: VueCard = { network: 42 };
// @ts-expect-error intro is a boolean.
export const vueWrongBoolean: VueList = { intro: 'yes' };
// @ts-expect-error feed-load carries no error kind.
export const vueWrongEvent: VueList = { onFeedLoad: (e) => e.kind };
// @ts-expect-error structuredData is a boolean.
export const vueWrongStructuredData: VueList = { structuredData: 'yes' };
// @ts-expect-error A feed is feed data.
export const vueWrongFeed: VueList = { feed: { networks: 'none' } };

// The feed property: the feed's type, as read and written in TypeScript.
export const readFeed: NetworkFeed | undefined = list?.feed;
// @ts-expect-error A number is no feed.
card.feed = 42;
