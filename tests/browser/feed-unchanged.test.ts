// Unchanged data does nothing: a `feed` equal to the one shown — the same object, or a new object
// with the same content, as a React or Vue app passes on every render — is not validated,
// rendered or reported again. (Before, a React app that passed a new but equal invalid feed on
// every render, and set state in its `feed-error` handler, rendered in an endless loop.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { FeedErrorEvent, NetworkList } from '../../src/index.js';
import { goodFeed } from '../fixtures/bad-feeds.mjs';

/** A list with `data` as its feed; counts its updates (renders) and events from then on. */
async function list(data: unknown) {
  const el = await fixture<NetworkList>(html`<network-list lang="en"></network-list>`);
  el.feed = data as typeof el.feed;
  await el.updateComplete;
  const counts = { updates: 0, errors: 0, loads: 0 };
  const update = (el as unknown as { update(c: unknown): void }).update;
  (el as unknown as { update(c: unknown): void }).update = function (changed) {
    counts.updates++;
    update.call(this, changed);
  };
  el.addEventListener('feed-error', () => counts.errors++);
  el.addEventListener('feed-load', () => counts.loads++);
  return { el, counts };
}

const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="card-heading"]')].map((h) => h.textContent);

describe('an unchanged feed', () => {
  it('set 50 times as new but equal invalid objects: one feed-error, no new render', async () => {
    const errors: FeedErrorEvent[] = [];
    const el = await fixture<NetworkList>(html`<network-list lang="en"></network-list>`);
    el.addEventListener('feed-error', (e) => errors.push(e));
    for (let i = 0; i < 50; i++) {
      el.feed = { version: '1.0.0', networks: 'none' } as unknown as typeof el.feed;
      await el.updateComplete;
    }
    expect(errors.map((e) => e.kind)).to.deep.equal(['invalid']);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
  });

  it('set 50 times as new but equal valid objects: validated and rendered once', async () => {
    const { el, counts } = await list(goodFeed());
    const shown = names(el);
    expect(shown.length).to.be.greaterThan(1);
    for (let i = 0; i < 50; i++) {
      el.feed = goodFeed() as typeof el.feed;
      await el.updateComplete;
    }
    expect(counts).to.deep.equal({ updates: 0, errors: 0, loads: 0 });
    expect(names(el)).to.deep.equal(shown);
  });

  it('the same object again: nothing; changed content: shown at once', async () => {
    const data = goodFeed();
    const { el, counts } = await list(data);
    el.feed = data as typeof el.feed;
    await el.updateComplete;
    expect(counts.updates).to.equal(0);
    const changed = goodFeed();
    changed.networks[0].name = { de: 'Geändert', en: 'Changed' };
    el.feed = changed as typeof el.feed;
    await el.updateComplete;
    expect(counts.updates).to.equal(1);
    expect(names(el).join(' ')).to.contain('Changed');
    // Back to the first content, and then nothing (undefined): each a change.
    el.feed = goodFeed() as typeof el.feed;
    await el.updateComplete;
    expect(names(el).join(' ')).not.to.contain('Changed');
    el.feed = undefined;
    await el.updateComplete;
    expect(counts.updates).to.equal(3);
  });

  it('data that is not JSON (a cycle) is still checked, and refused', async () => {
    const cyclic: Record<string, unknown> = { version: '1.0.0' };
    cyclic.self = cyclic;
    const { el, counts } = await list(goodFeed());
    el.feed = cyclic as unknown as typeof el.feed;
    await el.updateComplete;
    expect(counts.errors).to.equal(1);
  });
});
