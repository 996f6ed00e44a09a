/**
 * `structured-data`: the elements describe what they show as schema.org JSON-LD in a
 * `<script type="application/ld+json">` in their own light DOM — the same shapes as the CLI's
 * `render --json-ld` (one builder, src/structured-data/json-ld.ts), in the element's language,
 * kept up to date, gone with the attribute, inert whatever the feed says, and free of Trusted
 * Types violations under the strict CSP.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ContactBox, NetworkCard, NetworkList } from '../../src/index.js';
import bundled from '../../src/feed/networks.json' with { type: 'json' };
import { settle, smallFeed } from './elements-helpers.js';
import { openFrame, until, type Probe } from '../fixtures/security-helpers.js';

/** Parsed JSON, whatever its shape. */
type Json = ReturnType<typeof JSON.parse>;
type Graph = { '@context': string; '@graph': Json[] };

/** The element's JSON-LD scripts (its own light DOM children). */
const scripts = (el: Element) => [
  ...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'),
];

/** The element's one JSON-LD block, parsed. */
function data(el: Element): Graph {
  const found = scripts(el);
  expect(found, 'one JSON-LD script').to.have.length(1);
  const parsed = JSON.parse(found[0].text) as Graph;
  expect(parsed['@context']).to.equal('https://schema.org');
  return parsed;
}

const names = (list: Json) => list.itemListElement.map((i: { item: { name: string } }) => i.item.name);
const feedNames = (lang: 'de' | 'en', category?: string) =>
  bundled.categories
    .filter((c) => !category || c.id === category)
    .flatMap((c) => bundled.networks.filter((n) => n.category === c.id).map((n) => n.name[lang]));

/** The CLI's JSON-LD for the bundled feed (tests/server/ssr-pages.mjs runs it). */
async function cli(lang: string): Promise<Graph> {
  const out = await (await fetch(`/__ssr/render?args=${encodeURIComponent(`--json-ld --lang ${lang}`)}`)).text();
  const doc = new DOMParser().parseFromString(out, 'text/html');
  return JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
}

describe('structured-data', () => {
  it('<network-list>: an ItemList of the networks as Organizations, in the element’s language, like the CLI’s', async () => {
    const el = await fixture<NetworkList>(html`<network-list structured-data lang="en"></network-list>`);
    const { '@graph': graph } = data(el);
    expect(graph.map((n) => n['@type'])).to.deep.equal(['ItemList']);
    const [list] = graph;
    expect(list.name).to.equal('European Networks');
    expect(list.numberOfItems).to.equal(5);
    expect(names(list)).to.deep.equal(feedNames('en'));
    const eccar = list.itemListElement.find((i: Json) => i.item.url === 'https://www.eccar.info').item;
    expect(eccar).to.include({
      '@type': 'Organization',
      name: 'European Coalition of Cities Against Racism',
      alternateName: 'ECCAR',
      foundingDate: '2004',
    });
    expect((await cli('en'))['@graph'].at(-1), 'the same as render --json-ld').to.deep.equal(list);
    // Nothing in the shadow root, nothing else in the light DOM or the rest of the page.
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect([...el.children].map((c) => c.localName)).to.deep.equal(['script']);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
  });

  it('follows the language, the feed and `category`', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="de"><network-list structured-data></network-list></div>`);
    const el = wrap.querySelector('network-list')!;
    const script = scripts(el)[0];
    expect(names(data(el)['@graph'][0])).to.deep.equal(feedNames('de'));
    wrap.lang = 'en';
    await settle(el);
    expect(names(data(el)['@graph'][0])).to.deep.equal(feedNames('en'));
    el.category = 'topic-specific';
    await el.updateComplete;
    const list = data(el)['@graph'][0];
    expect(list.name).to.equal('Topic-specific networks');
    expect(names(list)).to.deep.equal(feedNames('en', 'topic-specific'));
    el.category = undefined;
    el.feed = smallFeed() as never; // loosely typed test data, validated at runtime
    await el.updateComplete;
    expect(data(el)['@graph'][0]).to.deep.equal({
      '@type': 'ItemList',
      name: 'Partnerships',
      numberOfItems: 1,
      itemListElement: [
        {
          '@type': 'ListItem',
          position: 1,
          item: {
            '@type': 'Organization',
            name: 'Network One',
            alternateName: 'NO',
            url: 'https://example.org/one',
            description: 'Description.',
            foundingDate: '1999-03',
          },
        },
      ],
    });
    expect(scripts(el)[0], 'the same script element, updated').to.equal(script);
  });

  it('goes with the attribute and with the element; comes back with the attribute', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><network-list structured-data lang="de"></network-list></div>`);
    const el = wrap.querySelector('network-list')!;
    expect(scripts(el)).to.have.length(1);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(el.childNodes, 'the light DOM is as it was').to.have.length(0);
    el.toggleAttribute('structured-data', true);
    await el.updateComplete;
    expect(scripts(el)).to.have.length(1);
    el.remove();
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    // No feed to describe (an unknown category, a failed load): no script.
    wrap.append(el);
    el.category = 'nothing-like-this';
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
  });

  it('without the attribute, nothing is added', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><network-list></network-list><contact-box></contact-box><network-card network="rgre"></network-card></div>`,
    );
    for (const el of wrap.children) expect(el.childNodes.length, el.localName).to.equal(0);
  });

  it('<contact-box>: the office as a GovernmentOrganization with its contacts as ContactPoints, like the CLI’s', async () => {
    const el = await fixture<ContactBox>(html`<contact-box structured-data lang="de"></contact-box>`);
    const { '@graph': graph } = data(el);
    expect(graph).to.deep.equal((await cli('de'))['@graph'].slice(0, -1));
    expect(graph).to.have.length(1);
    expect(graph[0]).to.deep.equal({
      '@type': 'GovernmentOrganization',
      name: 'Referat des Oberbürgermeisters, Internationales und Europa',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Marktplatz 10',
        postalCode: '69117',
        addressLocality: 'Heidelberg',
        addressCountry: 'DE',
      },
      contactPoint: [
        { '@type': 'ContactPoint', name: 'Anna Seitz' },
        { '@type': 'ContactPoint', name: 'Lisa Güthermann' },
      ],
    });
    el.contact = 'lisa-guethermann';
    el.lang = 'en';
    await settle(el);
    const [office] = data(el)['@graph'];
    expect(office.name).to.equal('Office of the Mayor, International Affairs and Europe');
    expect(office.contactPoint).to.deep.equal([{ '@type': 'ContactPoint', name: 'Lisa Güthermann' }]);
    el.feed = smallFeed() as never; // loosely typed test data, validated at runtime
    el.contact = 'max';
    await el.updateComplete;
    expect(data(el)['@graph']).to.deep.equal([
      {
        '@type': 'GovernmentOrganization',
        name: 'Europe Office',
        url: 'https://example.org/en/europe',
        telephone: '+49 30 1234-567',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Beispielweg 1',
          postalCode: '12345',
          addressLocality: 'Musterstadt',
        },
        contactPoint: [
          { '@type': 'ContactPoint', name: 'Max Mustermann', contactType: 'Officer', telephone: '+49 30 1234-567' },
        ],
      },
    ]);
  });

  it('<network-card>: its network as an Organization', async () => {
    const el = await fixture<NetworkCard>(
      html`<network-card structured-data network="eccar" lang="de"></network-card>`,
    );
    expect(data(el)['@graph']).to.deep.equal([
      {
        '@type': 'Organization',
        name: bundled.networks.find((n) => n.id === 'eccar')!.name.de,
        alternateName: 'ECCAR',
        url: 'https://www.eccar.info',
        description: bundled.networks
          .find((n) => n.id === 'eccar')!
          .description!.map((p) => p.de)
          .join('\n\n'),
        foundingDate: '2004',
      },
    ]);
    // A network given as an object is described as the card shows it: validated.
    el.network = (smallFeed().networks as NonNullable<NetworkCard['network']>[])[0];
    await el.updateComplete;
    expect(data(el)['@graph'][0].name).to.equal('Netzwerk Eins');
    el.network = { id: 'broken', name: 'not a localized text' } as unknown as NetworkCard['network'];
    await el.updateComplete;
    expect(scripts(el), 'an invalid network object: nothing').to.have.length(0);
    el.network = 'nobody';
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
  });

  it('hostile feed strings stay data: escaped in the script, parsed back exactly, inert after serialising', async () => {
    const evil =
      'Evil </script><script>window.__ldRan = 1</script><!-- <img src=x onerror="window.__ldRan = 2"> & \u2028';
    const feed = smallFeed();
    const net = (feed.networks as Json[])[0];
    net.name = { en: evil };
    net.description = [{ en: '</SCRIPT ><script>window.__ldRan = 3</script>' }];
    const el = await fixture<NetworkList>(html`<network-list structured-data lang="en" .feed=${feed}></network-list>`);
    const [script] = scripts(el);
    expect(script.text).not.to.match(/[<>&\u2028]/);
    const item = data(el)['@graph'][0].itemListElement[0].item;
    expect(item.name).to.equal(evil);
    expect(item.description).to.equal('</SCRIPT ><script>window.__ldRan = 3</script>');
    // As a crawler reading the page's HTML would get it: still one script, still the same data.
    const page = new DOMParser().parseFromString(`<body>${el.outerHTML}</body>`, 'text/html');
    expect(page.querySelectorAll('script, img')).to.have.length(1);
    expect(JSON.parse(page.querySelector('script')!.textContent!)['@graph'][0].itemListElement[0].item.name).to.equal(
      evil,
    );
    await settle(el);
    expect((window as { __ldRan?: number }).__ldRan).to.equal(undefined);
  });
});

describe('structured-data under the strict CSP with Trusted Types', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  for (const bundle of ['es', 'iife']) {
    it(`${bundle} bundle: the scripts are written, updated and removed with no violation`, async () => {
      const { frame, doc, probe } = await openFrame(`/__security/csp.html?bundle=${bundle}&feed=bundled`);
      frames.push(frame);
      const els = [
        ...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(
          'network-list, network-card, contact-box',
        ),
      ];
      await until(() => els.every((e) => e.shadowRoot?.querySelector('h2, h3')), 'the elements to render');
      for (const el of els) el.setAttribute('structured-data', '');
      await Promise.all(els.map((e) => e.updateComplete));
      const types = els.map((el) => data(el)['@graph'].map((n) => n['@type']));
      expect(types).to.deep.equal([['ItemList'], ['Organization'], ['GovernmentOrganization']]);
      for (const el of els) el.setAttribute('lang', 'de');
      await settle();
      await Promise.all(els.map((e) => e.updateComplete));
      expect(data(els[0])['@graph'][0].name).to.equal('Europäische Netzwerke');
      for (const el of els) el.removeAttribute('structured-data');
      await Promise.all(els.map((e) => e.updateComplete));
      expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
      await settle();
      expect((probe as Probe).violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
    });
  }
});
