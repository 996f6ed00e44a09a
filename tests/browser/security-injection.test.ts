import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import type { ContactBox, NetworkCard, NetworkList } from '../../src/index.js';
import {
  expectedTexts,
  hostileFeed,
  hostileNetwork,
  installScriptSpy,
  ODD_EMAILS,
  TEXT_PAYLOADS,
  URL_PAYLOADS,
  type ScriptSpy,
} from '../fixtures/xss-payloads.js';
import { expectInert, settle, shadowLinks, shadowText, until } from '../fixtures/security-helpers.js';
import { isSafeHref } from '../../src/feed/safe-url.js';

type FeedHost = NetworkList | NetworkCard | ContactBox;

/** A same-origin remote feed with exactly this content, for `src`. */
const echo = (data: unknown) => `/__security/echo?body=${encodeURIComponent(JSON.stringify(data))}`;

const containers: HTMLElement[] = [];

/** The elements for one feed, in the order of `renderAll`'s template. */
interface Rendered {
  group: HTMLElement;
  list: NetworkList;
  cardFromFeed: NetworkCard;
  cardFromObject: NetworkCard;
  box: ContactBox;
  remoteList: NetworkList;
  remoteCard: NetworkCard;
  remoteBox: ContactBox;
}

/**
 * Every way feed data reaches an element — the `feed` property on all three, a network object on
 * `<network-card>`, a remote feed through `src` on all three — for each feed at once, on one page.
 */
async function renderAll(feeds: [Record<string, unknown>, Record<string, unknown>][]): Promise<Rendered[]> {
  // Not fixture(): its automatic clean-up after each test would detach the elements early.
  const root = document.createElement('div');
  document.body.append(root);
  containers.push(root);
  render(
    html`${feeds.map(([feed, network]) => {
      const src = echo(feed);
      return html`<div>
        <network-list intro .feed=${feed}></network-list>
        <network-card network="network" .feed=${feed}></network-card>
        <network-card .network=${network}></network-card>
        <contact-box .feed=${feed}></contact-box>
        <network-list intro src=${src}></network-list>
        <network-card network="network" src=${src}></network-card>
        <contact-box src=${src}></contact-box>
      </div>`;
    })}`,
    root,
  );
  const els = [...root.querySelectorAll<FeedHost>('network-list, network-card, contact-box')];
  // The remote ones have loaded once they show a network, a contact or an error.
  await until(
    () => els.every((el) => el.shadowRoot!.querySelector('article, address, [part="error"]')),
    'remote feeds',
    15000,
  );
  await Promise.all(els.map((el) => el.updateComplete));
  await settle();
  return [...root.children].map((group) => {
    const [list, cardFromFeed, cardFromObject, box, remoteList, remoteCard, remoteBox] = [...group.children] as never[];
    return { group: group as HTMLElement, list, cardFromFeed, cardFromObject, box, remoteList, remoteCard, remoteBox };
  });
}

describe('security: hostile feed content', () => {
  let spy: ScriptSpy;
  let violations: string[];
  let errors: string[];
  const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(e.violatedDirective);
  const onError = (e: ErrorEvent) => errors.push(e.message);

  before(() => {
    spy = installScriptSpy();
    violations = [];
    errors = [];
    document.addEventListener('securitypolicyviolation', onViolation);
    window.addEventListener('error', onError);
  });

  after(() => {
    spy.restore();
    document.removeEventListener('securitypolicyviolation', onViolation);
    window.removeEventListener('error', onError);
    containers.splice(0).forEach((c) => c.remove());
  });

  it('has at least 50 text payloads and 40 address payloads', () => {
    expect(TEXT_PAYLOADS.length).to.be.at.least(50);
    expect(URL_PAYLOADS.length).to.be.at.least(40);
  });

  describe('markup in every text field shows as text', () => {
    let rendered: Rendered[];
    before(async () => {
      rendered = await renderAll(TEXT_PAYLOADS.map((p) => [hostileFeed(p), hostileNetwork(p)]));
    });

    TEXT_PAYLOADS.forEach((payload, i) => {
      it(`text payload ${i + 1}: ${JSON.stringify(payload).slice(0, 60)}`, () => {
        const r = rendered[i];
        const want = expectedTexts(payload);
        const shown: [FeedHost, string[]][] = [
          [r.list, want.list],
          [r.remoteList, want.list],
          [r.cardFromFeed, want.card],
          [r.remoteCard, want.card],
          [r.cardFromObject, want.card],
          [r.box, want.box],
          [r.remoteBox, want.box],
        ];
        for (const [el, texts] of shown) {
          const text = shadowText(el);
          for (const t of texts) expect(text, `${el.localName} shows ${JSON.stringify(t)}`).to.include(t);
        }
        // The contact's broken e-mail and phone were dropped; the office's e-mail stands in.
        for (const box of [r.box, r.remoteBox]) {
          expect(shadowLinks(box).map((a) => a.href)).to.deep.equal([
            'mailto:office@example.org',
            'https://example.org/',
          ]);
        }
        expectInert(r.group);
      });
    });

    it('ran no script, caused no CSP violation and threw nothing', () => {
      expect(spy.calls, 'script calls').to.deep.equal([]);
      expect(violations, 'CSP violations').to.deep.equal([]);
      expect(errors, 'uncaught errors').to.deep.equal([]);
    });
  });

  describe('hostile addresses in every address field never become links', () => {
    let rendered: Rendered[];
    before(async () => {
      rendered = await renderAll(URL_PAYLOADS.map((u) => [hostileFeed('Text', u), hostileNetwork('Text', u)]));
    });

    URL_PAYLOADS.forEach((url, i) => {
      it(`address payload ${i + 1}: ${JSON.stringify(url).slice(0, 60)}`, () => {
        const r = rendered[i];
        // Everything still renders; only the addresses are left out.
        for (const el of [r.list, r.remoteList, r.cardFromFeed, r.remoteCard, r.cardFromObject]) {
          expect(el.shadowRoot!.querySelector('article [part="card-heading"]'), `${el.localName} renders the network`)
            .to.exist;
          expect(shadowLinks(el), `${el.localName} links`).to.deep.equal([]);
        }
        for (const box of [r.box, r.remoteBox]) {
          // The e-mail link is built from the checked e-mail field; the office page is gone.
          expect(shadowLinks(box).map((a) => a.href)).to.deep.equal(['mailto:office@example.org']);
        }
        expectInert(r.group);
      });
    });

    it('ran no script, caused no CSP violation and threw nothing', () => {
      expect(spy.calls, 'script calls').to.deep.equal([]);
      expect(violations, 'CSP violations').to.deep.equal([]);
      expect(errors, 'uncaught errors').to.deep.equal([]);
    });
  });

  it('web addresses carrying markup stay https links to the same address', async () => {
    const url = 'https://example.org/"><script>__xss(301)</script><img/src=x/onerror=__xss(302)>';
    const [r] = await renderAll([[hostileFeed('Text', url), hostileNetwork('Text', url)]]);
    const links = shadowLinks(r.group).filter((a) => a.protocol === 'https:');
    expect(links.length).to.be.greaterThan(5);
    for (const a of links) expect(a.href).to.equal(new URL(url).href);
    expectInert(r.group);
    expect(spy.calls).to.deep.equal([]);
  });

  it('odd but valid e-mail addresses become mailto links to that address, with no headers, and show literally', async () => {
    // The second last would add a hidden Bcc and a body, were its `?` and `&` not escaped; the last,
    // with slashes unescaped, would be `mailto://…`, which no browser can parse (found by the fuzz test).
    for (const email of [...ODD_EMAILS, 'a@example.org?bcc=x%40evil.example&body=hi#x', '//a.|/a.a@a.aa']) {
      const feed = hostileFeed('Name');
      (feed.contacts as Record<string, unknown>[])[0].email = email;
      const box = await fixture<ContactBox>(html`<contact-box .feed=${feed}></contact-box>`);
      await settle();
      const mail = shadowLinks(box).find((a) => a.protocol === 'mailto:')!;
      const href = mail.getAttribute('href')!;
      expect(href, 'no headers, no fragment').not.to.match(/[?#]/);
      expect(() => new URL(href), `an address browsers can parse: ${href}`).not.to.throw();
      expect(decodeURIComponent(href.slice('mailto:'.length))).to.equal(email);
      expect(mail.textContent).to.include(email);
      expectInert(box);
    }
    expect(spy.calls).to.deep.equal([]);
  });

  it('feed strings never reach attributes: ids and language keys with markup are refused with a message', async () => {
    const feed = hostileFeed('Text');
    const network = (feed.networks as Record<string, unknown>[])[0];
    network.id = '"><img src=x onerror=__xss(401)>';
    network.name = { 'de" onload="__xss(402)': 'x' };
    const list = await fixture<NetworkList>(html`<network-list .feed=${feed}></network-list>`);
    await settle();
    const status = list.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim(), 'an error message').not.to.equal('');
    expect(list.shadowRoot!.querySelector('article')).to.equal(null);
    expectInert(list);
    expect(spy.calls).to.deep.equal([]);
  });
});

// The last guard before any href binding, on its own: validation drops unsafe addresses first,
// so the pipeline tests above never reach it with one.
describe('security: the last guard before an href (isSafeHref)', () => {
  it('lets through only addresses that begin with https:, http:, mailto: or tel:', () => {
    const allowed = URL_PAYLOADS.filter((u) => isSafeHref(u));
    expect(allowed).to.deep.equal([
      'mailto:someone@example.org',
      'tel:+491234567',
      'https:javascript:__xss(136)',
      'http://javascript:__xss(137)',
      'https://',
    ]);
    // Those let through are of the four schemes as the browser reads them too, or no address at
    // all (`https://`: a link that goes nowhere).
    for (const u of allowed) {
      const a = document.createElement('a');
      a.href = u;
      expect(['https:', 'http:', 'mailto:', 'tel:', ':'], u).to.include(a.protocol);
    }
    for (const u of ['https://example.org/', 'HTTP://example.org/', 'Mailto:a@example.org', 'TEL:+49 6221'])
      expect(isSafeHref(u), u).to.equal(true);
  });
});
