// The feed editor (editor/): opening feeds, editing in German and English with the preview
// following, lists (add, remove, reorder by keyboard), messages at their fields, the download
// (checked against the JSON Schema by Ajv on the test server), the draft kept in this browser.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import heidelberg from '../../src/feed/networks.json';
import type { FeedEditor } from '../../editor/src/feed-editor.js';
import {
  $,
  $$,
  button,
  description,
  editor,
  forgetDrafts,
  field,
  focused,
  group,
  openItem,
  press,
  previewOf,
  previewText,
  settle,
  showOpen,
  type,
} from './editor-helpers.js';
import { clean } from './elements-helpers.js';

/** What the download button hands to the browser, read back. */
async function download(el: FeedEditor): Promise<{ name: string; text: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), original.call(URL, b));
  const click = HTMLAnchorElement.prototype.click;
  let name = '';
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    await press(el, button(el, /^(JSON herunterladen|Download JSON)$/));
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(blob, 'a file was made').to.exist;
  expect(blob!.type).to.equal('application/json');
  return { name, text: await blob!.text() };
}

/** Opens a file through the file field, as a user picking it does. */
async function openFile(el: FeedEditor, name: string, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  const status = $(el, '[role="status"]');
  const before = status.textContent;
  input.dispatchEvent(new Event('change'));
  for (let i = 0; i < 100 && status.textContent === before; i++) await new Promise((r) => setTimeout(r, 10));
  await settle(el);
}

const schemaComplaints = (feed: unknown) => executeServerCommand('schema-check', { feed }) as Promise<string[]>;

describe('feed editor', () => {
  afterEach(() => {
    fixtureCleanup();
    forgetDrafts();
  });

  it('opens the Heidelberg feed: no problems, its networks in the preview in German and English', async () => {
    const el = await editor('de');
    expect(el.shadowRoot!.querySelector('#h-draft'), 'no draft before a feed is opened').to.equal(null);
    await press(el, button(el, 'Den Heidelberger Feed'));
    expect(clean($(el, '#h-draft'))).to.equal('Entwurf: Heidelberger Feed');
    expect(focused(el)).to.equal('h-draft');
    expect(clean($(el, '[role="status"]'))).to.equal('Geöffnet: Heidelberger Feed.');
    expect(clean($(el, '.summary'))).to.contain('Keine Probleme');
    expect(clean($(el, '#h-networks'))).to.equal('Netzwerke (5)');
    expect(previewText(el, 'de')).to.contain('Klima-Bündnis');
    expect(previewText(el, 'en')).to.contain('Climate Alliance');
  });

  it('a changed German network name shows in the German preview, the English one stays', async () => {
    const el = await editor('de');
    await press(el, button(el, 'Den Heidelberger Feed'));
    const item = await openItem(el, 'Klima-Bündnis');
    const name = group(item, 'Name');
    expect(clean(name.querySelector('legend'))).to.equal('Name');
    await type(el, field(name, 'Deutsch'), 'Klima-Bündnis europäischer Städte');
    await settle(el);
    expect(previewText(el, 'de')).to.contain('Klima-Bündnis europäischer Städte');
    expect(previewText(el, 'en')).to.contain('Climate Alliance');
    expect(previewText(el, 'en')).not.to.contain('europäischer Städte');
    // The card preview shows the network last worked on.
    await press(el, $(el, 'input[name="preview"][value="card"]'));
    expect(clean(previewOf(el, 'de', 'network-card').shadowRoot!.querySelector('h4'))).to.equal(
      'Klima-Bündnis europäischer Städte',
    );
  });

  it('adds a category and a network in it; both are named in both languages and the feed stays valid', async () => {
    const el = await editor('en');
    await press(el, button(el, 'The Heidelberg feed'));
    await press(el, button(el, 'Add a category'));
    expect(clean($(el, '#h-categories'))).to.equal('Categories (3)');
    const category = $$(el, '.item').find((li) => li.id === 'f-categories_5b2_5d')!;
    // The new item is open, and the keyboard is in its first field.
    expect(focused(el)).to.equal(field(category, 'Id').id);
    expect(field(category, 'Id').value).to.equal('category-3');
    await type(el, field(category, 'Id'), 'culture');
    const catName = group(category, 'Name');
    await type(el, field(catName, 'German'), 'Kulturnetzwerke');
    await type(el, field(catName, 'English'), 'Culture networks');

    await press(el, button(el, 'Add a network'));
    expect(clean($(el, '#h-networks'))).to.equal('Networks (6)');
    const network = $$(el, '.item').find((li) => li.id === 'f-networks_5b5_5d')!;
    expect(clean(network.querySelector('.badge')), 'a network needs a name').to.equal('1 problem');
    const category6 = field<HTMLSelectElement>(network, 'Category');
    category6.value = 'culture';
    category6.dispatchEvent(new Event('change'));
    const netName = group(network, 'Name');
    await type(el, field(netName, 'German'), 'Europäisches Kulturnetz');
    await type(el, field(netName, 'English'), 'European Culture Network');
    await settle(el);
    expect(clean($(el, '.summary'))).to.contain('No problems');
    expect(previewText(el, 'en')).to.contain('Culture networks');
    expect(previewText(el, 'en')).to.contain('European Culture Network');
    expect(previewText(el, 'de')).to.contain('Kulturnetzwerke');

    const { text } = await download(el);
    const feed = JSON.parse(text);
    expect(feed.categories[2]).to.deep.equal({
      id: 'culture',
      name: { de: 'Kulturnetzwerke', en: 'Culture networks' },
    });
    expect(feed.networks[5]).to.deep.equal({
      id: 'network-6',
      category: 'culture',
      name: { de: 'Europäisches Kulturnetz', en: 'European Culture Network' },
    });
  });

  it('renaming a category takes its networks along', async () => {
    const el = await editor('en');
    await press(el, button(el, 'The Heidelberg feed'));
    const item = await openItem(el, 'Topic-specific networks');
    await type(el, field(item, 'Id'), 'topics');
    await settle(el);
    expect(clean($(el, '.summary'))).to.contain('No problems');
    const { text } = await download(el);
    const feed = JSON.parse(text);
    expect(feed.networks.map((n: { category: string }) => n.category)).to.deep.equal([
      'cross-topic',
      'cross-topic',
      'topics',
      'topics',
      'topics',
    ]);
  });

  it('an unsafe address: its message at the field, aria-invalid, and a summary link that leads there', async () => {
    const el = await editor('de');
    await press(el, button(el, 'Den Heidelberger Feed'));
    let item = await openItem(el, 'Energy Cities');
    const website = group(item, 'Website');
    await type(el, field(website, 'Adresse'), 'javascript:alert(1)');
    const input = field(website, 'Adresse');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const message = 'Warnung: muss wie „https://…“ geschrieben sein und wurde weggelassen';
    expect(description(el, input)).to.equal(`Beginnt mit https:// | ${message}`);
    expect(clean(input.closest('.field')!.querySelector('.messages'))).to.equal(message);
    // The summary names it as the CLI does, and leads to the field, also from a closed item.
    const link = $$<HTMLAnchorElement>(el, '.summary a')[0];
    expect(clean(link)).to.equal(
      'Netzwerk „Energy Cities“ – networks[2].website: muss wie „https://…“ geschrieben sein und wurde weggelassen',
    );
    await press(el, item.querySelector<HTMLButtonElement>('button.disclosure')!);
    expect(item.querySelector('input')).to.equal(null);
    link.click();
    await settle(el);
    item = $(el, '#f-networks_5b2_5d');
    expect(focused(el)).to.equal(field(group(item, 'Website'), 'Adresse').id);
    // A warning leaves the feed valid: the preview shows the network, without the link.
    expect(previewText(el, 'de')).to.contain('Energy Cities');
    await type(el, field(group(item, 'Website'), 'Adresse'), 'https://energy-cities.eu');
    expect(field(group(item, 'Website'), 'Adresse').hasAttribute('aria-invalid')).to.equal(false);
    expect(clean($(el, '.summary'))).to.contain('Keine Probleme');
  });

  it('an emptied required name: “is missing” at the name group, both languages tied to it; the preview says the feed is invalid', async () => {
    const el = await editor('en');
    await press(el, button(el, 'The Heidelberg feed'));
    const item = await openItem(el, 'Energy Cities');
    const name = group(item, 'Name');
    await type(el, field(name, 'German'), '');
    await type(el, field(name, 'English'), '');
    await settle(el);
    for (const lang of ['German', 'English']) {
      const input = field(name, lang);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, input)).to.equal('Error: is missing');
    }
    expect(clean($(el, '.summary a'))).to.equal('Network “energy-cities” – networks[2].name: is missing');
    expect(previewText(el, 'en')).to.contain('This information contains errors and cannot be shown.');
    expect(previewText(el, 'de')).to.contain('Diese Informationen enthalten Fehler und können nicht angezeigt werden.');
  });

  it('reorders networks with the keyboard: the focus stays on the moved item’s button', async () => {
    const el = await editor('en');
    await press(el, button(el, 'The Heidelberg feed'));
    const down = $<HTMLButtonElement>(el, '#f-networks_5b0_5d-down');
    expect(clean(down)).to.equal('↓ Down: Council of European Municipalities and Regions / German Section');
    down.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)).to.equal('f-networks_5b1_5d-down');
    expect(clean($(el, '[role="status"]'))).to.equal(
      'Council of European Municipalities and Regions / German Section: now 2 of 5.',
    );
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el), 'at the top, Up is disabled: Down keeps the focus').to.equal('f-networks_5b0_5d-down');
    const { text } = await download(el);
    expect(JSON.parse(text).networks.map((n: { id: string }) => n.id)).to.deep.equal(
      heidelberg.networks.map((n) => n.id),
    );
  });

  it('removes a contact, and brings it back with Undo', async () => {
    const el = await editor('de');
    await press(el, button(el, 'Den Heidelberger Feed'));
    await press(el, button(el, 'Entfernen: Anna Seitz'));
    expect(clean($(el, '#h-contacts'))).to.equal('Kontakte (1)');
    expect(clean($(el, '[role="status"]'))).to.equal('Entfernt: Anna Seitz.');
    await press(el, $(el, 'input[name="preview"][value="contacts"]'));
    expect(previewText(el, 'de', 'contact-box')).not.to.contain('Anna Seitz');
    await press(el, button(el, 'Rückgängig: Anna Seitz entfernen'));
    expect(clean($(el, '#h-contacts'))).to.equal('Kontakte (2)');
    expect(previewText(el, 'de', 'contact-box')).to.contain('Anna Seitz');
  });

  it('downloads the edited feed: pretty-printed, valid for the validator and for the JSON Schema', async () => {
    const el = await editor('de');
    await press(el, button(el, 'Den Heidelberger Feed'));
    const item = await openItem(el, 'Klima-Bündnis');
    await type(el, field(group(item, 'Name'), 'Deutsch'), 'Klima-Bündnis e. V.');
    const { name, text } = await download(el);
    expect(name).to.equal('networks.json');
    expect(text.endsWith('}\n')).to.equal(true);
    expect(text).to.contain('\n  "networks": [\n');
    const feed = JSON.parse(text);
    const expected = structuredClone(heidelberg);
    expected.networks[3].name.de = 'Klima-Bündnis e. V.';
    expect(feed).to.deep.equal(expected);
    expect(clean($(el, '[role="status"]'))).to.equal('Heruntergeladen als networks.json.');
    expect(await schemaComplaints(feed)).to.deep.equal([]);

    // An empty paragraph is an error: the download still works, and says so.
    await press(el, button(el, 'Absatz hinzufügen'));
    expect(clean($(el, '.summary a'))).to.equal('intro[3]: darf nicht leer sein');
    const broken = await download(el);
    expect(JSON.parse(broken.text).intro).to.have.length(4);
    expect(clean($(el, '[role="status"]'))).to.match(/Er hat noch Fehler/);
    expect(await schemaComplaints(JSON.parse(broken.text))).to.deep.equal([
      '/intro/3 must NOT have fewer than 1 properties',
    ]);
  });

  it('an unchanged feed downloads as it was opened: the Heidelberg file byte for byte, another file deep-equal', async () => {
    const el = await editor('en');
    await press(el, button(el, 'The Heidelberg feed'));
    // The file is written as JSON.stringify writes it (tests/node/feed-data.test.mjs keeps it so).
    expect((await download(el)).text).to.equal(`${JSON.stringify(heidelberg, null, 2)}\n`);

    // A feed with $schema, a third language, a field of a newer minor version, keys in another order.
    const partner = {
      contacts: [{ name: 'Kim Example', id: 'kim', role: { en: 'Europe officer', fr: 'Chargée Europe' } }],
      networks: [
        {
          name: { fr: 'Réseau', en: 'Network', de: 'Netzwerk' },
          category: 'all',
          id: 'one',
          website: { en: 'https://example.org/en', de: 'https://example.org/de' },
          futureField: { nested: [1, 2, { three: true }] },
        },
      ],
      categories: [{ id: 'all', name: { en: 'All' } }],
      checked: '2026-01-31',
      version: '1.1',
      $schema: 'https://cdn.jsdelivr.net/npm/network-elements@0.1.0/dist/cdn/networks.schema.json',
    };
    await showOpen(el);
    await openFile(el, 'partner.json', JSON.stringify(partner));
    expect(clean($(el, '#h-draft'))).to.equal('Draft: partner.json');
    const { name, text } = await download(el);
    expect(name).to.equal('partner.json');
    expect(JSON.parse(text)).to.deep.equal(partner);
    // …in the schema's order, with what it does not know after.
    expect(Object.keys(JSON.parse(text))).to.deep.equal([
      '$schema',
      'version',
      'checked',
      'contacts',
      'categories',
      'networks',
    ]);
    expect(Object.keys(JSON.parse(text).networks[0])).to.deep.equal([
      'id',
      'category',
      'name',
      'website',
      'futureField',
    ]);
    expect(Object.keys(JSON.parse(text).networks[0].name)).to.deep.equal(['de', 'en', 'fr']);
    // The third language has fields of its own.
    const item = await openItem(el, 'Network');
    expect(field(group(item, 'Name'), 'fr').value).to.equal('Réseau');
  });

  it('a file that is not JSON: where and why, the draft untouched', async () => {
    const el = await editor('de');
    await openFile(el, 'broken.json', '{\n  "version": "1.0",\n}\n');
    expect(el.shadowRoot!.querySelector('#h-draft')).to.equal(null);
    expect(clean($(el, '#open-error'))).to.equal(
      'Das ist kein JSON: Zeile 3, Spalte 1: ein Name in doppelten Anführungszeichen wurde erwartet (ein Komma zu viel?).',
    );
    await openFile(el, 'list.json', '[1, 2]');
    expect(clean($(el, '#open-error'))).to.equal('Das ist JSON, aber kein Feed: Ein Feed ist ein Objekt ({ … }).');
  });

  it('opens a feed from an address; a failed load says why', async () => {
    const el = await editor('en');
    let address = $<HTMLInputElement>(el, '#open-address');
    address.value = `${location.origin}/__feeds/good?id=editor-open`;
    $<HTMLFormElement>(el, 'form').requestSubmit();
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('#h-draft'); i++)
      await new Promise((r) => setTimeout(r, 20));
    await settle(el);
    expect(clean($(el, '#h-draft'))).to.equal(`Draft: ${location.origin}/__feeds/good?id=editor-open`);
    expect(clean($(el, '.summary'))).to.contain('No problems');

    await showOpen(el);
    address = $<HTMLInputElement>(el, '#open-address');
    address.value = `${location.origin}/__feeds/status?code=404&id=editor-open-404`;
    $<HTMLFormElement>(el, 'form').requestSubmit();
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('#open-error'); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(clean($(el, '#open-error'))).to.equal('The feed could not be loaded (HTTP 404).');
    expect(clean($(el, '#h-draft')), 'the draft stays').to.equal(
      `Draft: ${location.origin}/__feeds/good?id=editor-open`,
    );
  });

  it('an empty template: valid at once, names the schema, and grows into a feed', async () => {
    const el = await editor('en');
    await press(el, button(el, 'An empty template'));
    expect(clean($(el, '.summary'))).to.contain('No problems');
    const { text } = await download(el);
    const feed = JSON.parse(text);
    expect(feed.$schema).to.match(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/network-elements@[^/]+\/dist\/cdn\/networks\.schema\.json$/,
    );
    expect(feed.checked).to.equal(new Date().toISOString().slice(0, 10));
    expect(await schemaComplaints(feed)).to.deep.equal([]);
  });

  it('keeps the draft in this browser: a new editor (a reload) continues it; “discard draft” ends it', async () => {
    let el = await editor('de');
    const key = el.storageKey;
    await press(el, button(el, 'Den Heidelberger Feed'));
    const item = await openItem(el, 'Energy Cities');
    await type(el, field(group(item, 'Name'), 'Englisch'), 'Energy Cities Association');
    expect(JSON.parse(localStorage.getItem(key)!).feed.networks[2].name.en).to.equal('Energy Cities Association');
    fixtureCleanup();

    el = await editor('de', key);
    await settle(el);
    expect(clean($(el, '#h-draft'))).to.equal('Entwurf: Heidelberger Feed');
    expect(clean($(el, '[role="status"]'))).to.match(/^Ihr Entwurf von Heidelberger Feed ist wieder da/);
    expect(previewText(el, 'en')).to.contain('Energy Cities Association');

    await press(el, button(el, 'Entwurf verwerfen'));
    expect(focused(el)).to.equal('discard-no');
    expect(localStorage.getItem(key), 'kept until confirmed').not.to.equal(null);
    await press(el, button(el, 'Ja, verwerfen'));
    expect(el.shadowRoot!.querySelector('#h-draft')).to.equal(null);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(clean($(el, '[role="status"]'))).to.equal('Der Entwurf wurde verworfen.');
    expect(focused(el)).to.equal('h-open');
  });
});
