/**
 * `<feed-editor>`: a form for a network feed, German and English side by side, checked as you
 * type by the elements' own validator, with a live preview of the three elements in both
 * languages. It opens a file, an address, the Heidelberg feed or an empty template, keeps the
 * draft in this browser's localStorage, and downloads it as pretty-printed JSON in a stable key
 * order (an unchanged feed comes out as it went in).
 *
 * Feed data is untrusted: it reaches the page only through Lit's text and attribute bindings.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  append,
  discardDraft,
  DRAFT_KEY,
  freshId,
  get,
  isObject,
  loadDraft,
  move,
  pathText,
  removeAt,
  renameId,
  saveDraft,
  serialize,
  set,
  type Json,
  type Obj,
  type Path,
} from './draft.js';
import { editorStyles } from './editor.styles.js';
import {
  fieldId,
  idOf,
  jsonField,
  localizedField,
  messages,
  quantityField,
  selectField,
  textField,
  urlField,
  type Form,
} from './fields.js';
import { describe, heidelbergFeed, SCHEMA_URL, validateFeed, type Lang, type Problem } from './library.js';
import { fetchFeed, parseFeed, type OpenError, type Opened } from './open.js';
import { TEXTS, type Texts } from './texts.js';

type ListName = 'offices' | 'contacts' | 'categories' | 'networks';
type PreviewKind = 'list' | 'card' | 'contacts';

/** How a top-level list is shown: its heading, how its items are named, what a new one holds. */
interface ListSpec {
  heading: string;
  noun: string;
  add: string;
  newItem: () => Obj;
  body: (path: Path) => TemplateResult;
}

/** A path's items among the top-level lists: `networks[2]…` → ['networks', 2]. */
function itemOf(path: string): [ListName, number] | undefined {
  const m = /^(offices|contacts|categories|networks)\[(\d+)\]/.exec(path);
  return m ? [m[1] as ListName, Number(m[2])] : undefined;
}

/** Whether `path` is `prefix` or lies below it. */
const within = (path: string, prefix: string) =>
  path === prefix || (path.startsWith(prefix) && (path[prefix.length] === '.' || path[prefix.length] === '['));

const today = () => new Date().toISOString().slice(0, 10);

@customElement('feed-editor')
export class FeedEditor extends LitElement implements Form {
  static override styles = editorStyles;

  /** The editor's language (its labels and messages), `de` or `en`. */
  @property({ reflect: true }) override lang = 'de';

  /**
   * The localStorage key of the draft: one draft per key (`editor/?draft=mannheim` keeps one of
   * its own). Read when the editor first renders.
   */
  @property({ attribute: 'storage-key' }) storageKey = DRAFT_KEY;

  /** The draft; undefined until a feed is opened. */
  @state() feed: Obj = {};
  @state() private hasDraft = false;
  /** Where the draft came from, for its heading and the file name. */
  @state() private name = '';
  /** The items shown open, by path (`networks[2]`). */
  @state() private expanded = new Set<string>();
  /** Web address fields shown per language although empty, by path. */
  @state() private perLanguagePaths = new Set<string>();
  @state() private status = '';
  @state() private openError?: OpenError;
  @state() private opening = false;
  @state() private confirmingDiscard = false;
  /** With a draft, the ways to open another feed are behind a disclosure. */
  @state() private showOpen = false;
  @state() private kept = true;
  @state() private undoRemoval?: { feed: Obj; what: string };
  @state() private previewKind: PreviewKind = 'list';
  /** The network the preview's card shows, by index: the one last worked on. */
  @state() private previewNetwork = 0;

  private problems: Problem[] = [];
  private problemMap = new Map<string, Problem[]>();

  get t(): Texts {
    return TEXTS[this.uiLang];
  }

  get uiLang(): Lang {
    return this.lang.toLowerCase().startsWith('en') ? 'en' : 'de';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The draft kept in this browser comes back on the first render (after the page has set the key).
    const draft = !this.hasUpdated && !this.hasDraft && loadDraft(this.storageKey);
    if (draft) {
      this.feed = draft.feed;
      this.name = draft.name;
      this.hasDraft = true;
      const when = new Intl.DateTimeFormat(this.uiLang, { dateStyle: 'medium', timeStyle: 'short' }).format(
        draft.saved,
      );
      this.status = this.t.restored(draft.name, when);
    }
    if (changed.has('feed') || draft) {
      this.problems = this.hasDraft ? validateFeed(this.feed).problems : [];
      this.problemMap = new Map();
      for (const p of this.problems) this.problemMap.set(p.path, [...(this.problemMap.get(p.path) ?? []), p]);
    }
  }

  // --- Form (fields.ts) ---------------------------------------------------------------------

  problemsAt(path: Path): Problem[] {
    return this.problemMap.get(pathText(path)) ?? [];
  }

  change(path: Path, value: Json | undefined): void {
    this.commit(set(this.feed, path, value));
  }

  perLanguage(path: Path): boolean {
    return this.perLanguagePaths.has(pathText(path));
  }

  setPerLanguage(path: Path, on: boolean): void {
    const next = new Set(this.perLanguagePaths);
    if (on) next.add(pathText(path));
    else next.delete(pathText(path));
    this.perLanguagePaths = next;
  }

  /** The draft changed: kept in this browser at once. */
  private commit(feed: Obj) {
    this.feed = feed;
    this.kept = saveDraft(feed, this.name, this.storageKey);
  }

  // --- Opening, downloading, discarding ------------------------------------------------------

  /** Starts editing `feed`: the draft is replaced, the editor's heading takes the focus. */
  private async start(feed: Obj, name: string) {
    this.openError = undefined;
    this.showOpen = false;
    this.hasDraft = true;
    this.name = name;
    this.expanded = new Set();
    this.perLanguagePaths = new Set();
    this.undoRemoval = undefined;
    this.previewNetwork = 0;
    this.commit(feed);
    this.status = this.t.opened(name);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#h-draft')?.focus();
  }

  private opened(result: Opened, name: string) {
    if ('error' in result) {
      this.openError = result.error;
      this.status = this.t.openError(result.error);
    } else void this.start(result.feed, name);
  }

  private openHeidelberg() {
    void this.start(heidelbergFeed() as Obj, this.t.heidelbergName);
  }

  private openEmpty() {
    const feed: Obj = {
      $schema: SCHEMA_URL,
      version: '1.0.0',
      checked: today(),
      categories: [],
      networks: [],
      contacts: [],
    };
    void this.start(feed, this.t.emptyName);
  }

  private async openFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.opened(parseFeed(await file.text()), file.name);
    input.value = '';
  }

  private async openAddress(e: SubmitEvent) {
    e.preventDefault();
    const address = (this.renderRoot.querySelector('#open-address') as HTMLInputElement).value.trim();
    this.opening = true;
    this.status = this.t.opening;
    try {
      this.opened(await fetchFeed(address), address);
    } finally {
      this.opening = false;
    }
  }

  /** The file name to download: the opened file's, or the last part of its address, or networks.json. */
  private get fileName() {
    const last =
      this.name
        .split(/[/\\?#]/)
        .filter(Boolean)
        .at(-1) ?? '';
    return /\.json$/i.test(last) ? last : 'networks.json';
  }

  /** The draft as the JSON file to publish. */
  serialize(): string {
    return serialize(this.feed);
  }

  private download() {
    const url = URL.createObjectURL(new Blob([this.serialize()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = this.fileName;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const errors = this.problems.some((p) => p.severity === 'error');
    this.status = errors ? this.t.downloadedInvalid(this.fileName) : this.t.downloaded(this.fileName);
  }

  private async discard(really: boolean) {
    if (!really) {
      this.confirmingDiscard = !this.confirmingDiscard;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(this.confirmingDiscard ? '#discard-no' : '#discard')?.focus();
      return;
    }
    discardDraft(this.storageKey);
    this.confirmingDiscard = false;
    this.hasDraft = false;
    this.feed = {};
    this.name = '';
    this.undoRemoval = undefined;
    this.status = this.t.discarded;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#h-open')?.focus();
  }

  // --- Lists ---------------------------------------------------------------------------------

  private items(path: Path): Json[] {
    const list = get(this.feed, path);
    return Array.isArray(list) ? list : [];
  }

  /** What an item is called: its name in the editor's language (or another), else its noun and number. */
  private titleOf(path: Path, noun: string): string {
    const item = get(this.feed, path);
    const index = path.at(-1) as number;
    if (isObject(item)) {
      const name = item.name;
      if (typeof name === 'string' && name.trim()) return name;
      if (isObject(name)) {
        const text = [name[this.uiLang], name.de, name.en, ...Object.values(name)].find(
          (v) => typeof v === 'string' && v.trim(),
        );
        if (typeof text === 'string') return text;
      }
      if (typeof item.id === 'string' && item.id) return item.id;
    }
    return this.t.untitled(noun, index + 1);
  }

  /** Moves UI state kept by path (open items, per-language fields) along with a list's items. */
  private reindex(list: Path, map: (index: number) => number | undefined) {
    const prefix = pathText(list);
    const remap = (set: Set<string>) =>
      new Set(
        [...set].flatMap((key) => {
          const m = key.startsWith(`${prefix}[`) && /^\[(\d+)\](.*)$/.exec(key.slice(prefix.length));
          if (!m) return [key];
          const to = map(Number(m[1]));
          return to === undefined ? [] : [`${prefix}[${to}]${m[2]}`];
        }),
      );
    this.expanded = remap(this.expanded);
    this.perLanguagePaths = remap(this.perLanguagePaths);
  }

  private async add(list: Path, item: Json, noun: string, open: boolean) {
    const index = this.items(list).length;
    this.commit(append(this.feed, list, item));
    const path = [...list, index];
    if (open) this.expanded = new Set(this.expanded).add(pathText(path));
    if (list[0] === 'networks' && list.length === 1) this.previewNetwork = index;
    this.status = this.t.added(this.titleOf(path, noun));
    await this.updateComplete;
    // The keyboard goes to the new item's first field.
    const added = this.renderRoot.querySelector(`#${fieldId(path)}`);
    added?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  private async moveItem(list: Path, from: number, to: number, noun: string, button: 'up' | 'down') {
    const count = this.items(list).length;
    const title = this.titleOf([...list, from], noun);
    this.commit(move(this.feed, list, from, to));
    this.reindex(list, (i) => (i === from ? to : i === to ? from : i));
    if (list[0] === 'networks' && list.length === 1 && this.previewNetwork === from) this.previewNetwork = to;
    this.status = this.t.moved(title, to + 1, count);
    await this.updateComplete;
    // The focus stays on the button pressed, now at the item's new place (or its other one at an end).
    const id = fieldId([...list, to]);
    const pressed = this.renderRoot.querySelector<HTMLButtonElement>(`#${id}-${button}`);
    const other = this.renderRoot.querySelector<HTMLButtonElement>(`#${id}-${button === 'up' ? 'down' : 'up'}`);
    (pressed && !pressed.disabled ? pressed : other)?.focus();
  }

  private async removeItem(list: Path, index: number, noun: string) {
    const title = this.titleOf([...list, index], noun);
    this.undoRemoval = { feed: this.feed, what: title };
    this.commit(removeAt(this.feed, list, index));
    this.reindex(list, (i) => (i === index ? undefined : i > index ? i - 1 : i));
    if (list[0] === 'networks' && list.length === 1 && this.previewNetwork >= index)
      this.previewNetwork = Math.max(0, this.previewNetwork - 1);
    this.status = this.t.removed(title);
    await this.updateComplete;
    const left = this.items(list).length;
    const next = left ? fieldId([...list, Math.min(index, left - 1)]) : `${fieldId(list)}-add`;
    this.focusIn(next);
  }

  private async undo() {
    if (!this.undoRemoval) return;
    const { feed, what } = this.undoRemoval;
    this.undoRemoval = undefined;
    this.commit(feed);
    this.status = this.t.undone(what);
  }

  /** Focuses the element of `id`, or the first control inside it. */
  private focusIn(id: string) {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return false;
    const control = target.matches('input, select, textarea, button')
      ? target
      : target.querySelector<HTMLElement>('input, select, textarea, button:not([disabled])');
    (control ?? target).focus();
    (control ?? target).scrollIntoView({ block: 'center' });
    return true;
  }

  /** Opens the item that holds `path`, then focuses its field (or the nearest one that exists). */
  private async reveal(e: Event, path: string) {
    e.preventDefault();
    const item = itemOf(path);
    if (item) this.expanded = new Set(this.expanded).add(`${item[0]}[${item[1]}]`);
    await this.updateComplete;
    // From the path up to the feed itself (the first section), the first that has a field.
    for (let p = path; !this.focusIn(idOf(p)) && p;) p = p.replace(/(\[\d+\]|\.?[^.[]*)$/, '');
  }

  private toggle(path: Path) {
    const key = pathText(path);
    const next = new Set(this.expanded);
    if (!next.delete(key)) {
      next.add(key);
      if (path[0] === 'networks') this.previewNetwork = path[1] as number;
    }
    this.expanded = next;
  }

  // --- Rendering -----------------------------------------------------------------------------

  protected override render() {
    const t = this.t;
    return html`
      ${this.renderOpen()}
      <p class="status" role="status">${this.status}</p>
      ${
        this.hasDraft
          ? html`
            ${this.renderToolbar()}
            <div class="layout">
              <div class="form">
                ${this.renderSummary()} ${this.renderGeneral()}
                ${this.renderList(['offices'], {
                  heading: t.offices,
                  noun: t.office,
                  add: t.addOffice,
                  newItem: () => ({ id: freshId(get(this.feed, ['offices']), 'office') }),
                  body: (path) => this.renderOffice(path),
                })}
                ${this.renderList(['contacts'], {
                  heading: t.contacts,
                  noun: t.contact,
                  add: t.addContact,
                  newItem: () => ({ id: freshId(get(this.feed, ['contacts']), 'contact') }),
                  body: (path) => this.renderContact(path),
                })}
                ${this.renderList(['categories'], {
                  heading: t.categories,
                  noun: t.category,
                  add: t.addCategory,
                  newItem: () => ({ id: freshId(get(this.feed, ['categories']), 'category') }),
                  body: (path) => this.renderCategory(path),
                })}
                ${this.renderList(['networks'], {
                  heading: t.networks,
                  noun: t.network,
                  add: t.addNetwork,
                  newItem: () => {
                    const [first] = this.items(['categories']);
                    const category = isObject(first) && typeof first.id === 'string' ? first.id : undefined;
                    return {
                      id: freshId(get(this.feed, ['networks']), 'network'),
                      ...(category ? { category } : {}),
                    };
                  },
                  body: (path) => this.renderNetwork(path),
                })}
              </div>
              ${this.renderPreview()}
            </div>
          `
          : nothing
      }
    `;
  }

  private renderOpen() {
    const t = this.t;
    const shown = !this.hasDraft || this.showOpen;
    return html`<section class="open" aria-labelledby="h-open">
      <h2 id="h-open" tabindex="-1">
        ${
          this.hasDraft
            ? html`<button
              type="button"
              class="disclosure"
              aria-expanded=${this.showOpen ? 'true' : 'false'}
              aria-controls=${ifDefined(this.showOpen ? 'open-body' : undefined)}
              @click=${() => (this.showOpen = !this.showOpen)}
            >
              ${t.openAnother}
            </button>`
            : t.open
        }
      </h2>
      ${
        shown
          ? html`<div id="open-body">
            ${this.hasDraft ? html`<p class="hint">${t.replacesDraft}</p>` : nothing}
            <div class="open-choices">
              <button type="button" @click=${this.openHeidelberg}>${t.openHeidelberg}</button>
              <button type="button" @click=${this.openEmpty}>${t.openEmpty}</button>
            </div>
            <div class="field">
              <label for="open-file">${t.openFile}</label>
              <input id="open-file" type="file" accept=".json,application/json" @change=${this.openFile} />
            </div>
            <form class="field" @submit=${this.openAddress}>
              <label for="open-address">${t.openAddress}</label>
              <p class="hint" id="open-address-h">${t.openAddressHint}</p>
              <div class="row">
                <input
                  id="open-address"
                  type="text"
                  inputmode="url"
                  autocomplete="url"
                  spellcheck="false"
                  placeholder="https://"
                  aria-describedby="open-address-h ${this.openError ? 'open-error' : ''}"
                />
                <button type="submit" ?disabled=${this.opening}>${t.openButton}</button>
              </div>
            </form>
            ${
              this.openError
                ? html`<p class="messages error" id="open-error">${t.openError(this.openError)}</p>`
                : nothing
            }
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderToolbar() {
    const t = this.t;
    return html`<div class="toolbar">
      <h2 id="h-draft" tabindex="-1">${t.draft(this.name)}</h2>
      <p class="hint">${this.kept ? t.keptHere : t.notKept}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${this.download}>${t.download}</button>
        ${
          this.undoRemoval
            ? html`<button type="button" @click=${this.undo}>${t.undo(this.undoRemoval.what)}</button>`
            : nothing
        }
        <button
          type="button"
          id="discard"
          aria-expanded=${this.confirmingDiscard ? 'true' : 'false'}
          @click=${() => this.discard(false)}
        >
          ${t.discard}
        </button>
      </div>
      ${
        this.confirmingDiscard
          ? html`<div class="confirm" role="group" aria-labelledby="discard-q">
            <p id="discard-q">${t.discardConfirm}</p>
            <button type="button" class="danger" id="discard-yes" @click=${() => this.discard(true)}>
              ${t.discardYes}
            </button>
            <button type="button" id="discard-no" @click=${() => this.discard(false)}>${t.discardNo}</button>
          </div>`
          : nothing
      }
    </div>`;
  }

  /** Where a problem is, for people: the item it belongs to, as in “Network “Energy Cities” – ”. */
  private where(path: string) {
    const item = itemOf(path);
    if (!item) return '';
    const t = this.t;
    const noun = { offices: t.office, contacts: t.contact, categories: t.category, networks: t.network }[item[0]];
    const [open, close] = this.uiLang === 'en' ? ['“', '”'] : ['„', '“'];
    return `${noun} ${open}${this.titleOf(item, noun)}${close} – `;
  }

  private renderSummary() {
    const t = this.t;
    const errors = this.problems.filter((p) => p.severity === 'error').length;
    const warnings = this.problems.length - errors;
    return html`<section class="summary ${errors ? 'has-errors' : warnings ? 'has-warnings' : ''}" aria-labelledby="h-check">
      <h2 id="h-check">${t.check}</h2>
      ${
        this.problems.length
          ? html`<p>${t.counts(errors, warnings)}</p>
            <ul>
              ${this.problems.map(
                (p) =>
                  html`<li class=${p.severity}>
                    <strong>${p.severity === 'error' ? t.error : t.warning}:</strong>
                    <a href="#${idOf(p.path)}" @click=${(e: Event) => this.reveal(e, p.path)}
                      >${this.where(p.path)}${describe(p, this.uiLang)}</a
                    >
                  </li>`,
              )}
            </ul>`
          : html`<p>${t.valid}</p>`
      }
    </section>`;
  }

  private renderGeneral() {
    const t = this.t;
    const feed = this.feed;
    return html`<section class="section" aria-labelledby="h-general" id=${fieldId([])}>
      <h2 id="h-general" tabindex="-1">${t.general}</h2>
      ${messages(this, [])}
      <div class="row">
        ${textField(this, ['version'], { label: t.version, hint: t.versionHint, code: true })}
        <div class="with-button">
          ${textField(this, ['checked'], { label: t.checked, hint: t.checkedHint, code: true })}
          <button type="button" @click=${() => this.change(['checked'], today())}>${t.today}</button>
        </div>
      </div>
      ${textField(this, ['source'], { label: t.source, hint: t.urlHint, inputmode: 'url', code: true })}
      ${localizedField(this, ['title'], { label: t.title })}
      ${localizedField(this, ['member'], { label: t.member, hint: t.memberHint })}
      ${this.renderSublist(['intro'], {
        legend: t.intro,
        label: t.paragraph,
        add: t.addParagraph,
        newItem: () => ({}),
        body: (path) => localizedField(this, path, { label: '', bare: true, multiline: true }),
      })}
      ${localizedField(this, ['contactIntro'], { label: t.contactIntro })}
      ${feed.$schema !== undefined && typeof feed.$schema !== 'string' ? jsonField(this, ['$schema'], '$schema') : nothing}
    </section>`;
  }

  private renderList(path: [ListName], spec: ListSpec) {
    const value = get(this.feed, path);
    const items = this.items(path);
    const id = fieldId(path);
    return html`<section class="section" aria-labelledby="h-${path[0]}" id=${id}>
      <h2 id="h-${path[0]}">${spec.heading} <span class="count">(${items.length})</span></h2>
      ${
        value !== undefined && !Array.isArray(value)
          ? jsonField(this, path, spec.heading)
          : html`${messages(this, path)}
            <ol class="items">
              ${items.map((_, i) => this.renderItem(path, i, items.length, spec))}
            </ol>
            <button type="button" class="add" id="${id}-add" @click=${() => this.add(path, spec.newItem(), spec.noun, true)}>
              ${spec.add}
            </button>`
      }
    </section>`;
  }

  private renderItem(list: [ListName], index: number, count: number, spec: ListSpec) {
    const t = this.t;
    const path = [...list, index];
    const key = pathText(path);
    const open = this.expanded.has(key);
    const id = fieldId(path);
    const title = this.titleOf(path, spec.noun);
    const problems = this.problems.filter((p) => within(p.path, key)).length;
    const item = get(this.feed, path);
    // The preview's card shows the network last worked on.
    const follow = list[0] === 'networks' ? () => (this.previewNetwork = index) : undefined;
    return html`<li
      class="item ${problems ? 'has-problem' : ''}"
      id=${id}
      @focusin=${ifDefined(follow)}
      @input=${ifDefined(follow)}
      @change=${ifDefined(follow)}
    >
      <div class="item-head">
        <h3>
          <button
            type="button"
            class="disclosure"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${ifDefined(open ? `${id}-body` : undefined)}
            @click=${() => this.toggle(path)}
          >
            <span class="title">${title}</span>
            ${problems ? html`<span class="badge">${t.problems(problems)}</span>` : nothing}
          </button>
        </h3>
        ${this.renderTools(list, index, count, title, spec.noun)}
      </div>
      ${
        open
          ? html`<div class="item-body" id="${id}-body">
            ${isObject(item) ? spec.body(path) : jsonField(this, path, title)}
          </div>`
          : nothing
      }
    </li>`;
  }

  /** Up, down and remove for an item, each naming the item for screen readers. */
  private renderTools(list: Path, index: number, count: number, title: string, noun: string) {
    const t = this.t;
    const id = fieldId([...list, index]);
    const named = (text: string) => html`${text}<span class="vh">: ${title}</span>`;
    return html`<div class="tools">
      <button
        type="button"
        id="${id}-up"
        ?disabled=${index === 0}
        @click=${() => this.moveItem(list, index, index - 1, noun, 'up')}
      >
        <span aria-hidden="true">↑</span> ${named(t.up)}
      </button>
      <button
        type="button"
        id="${id}-down"
        ?disabled=${index === count - 1}
        @click=${() => this.moveItem(list, index, index + 1, noun, 'down')}
      >
        <span aria-hidden="true">↓</span> ${named(t.down)}
      </button>
      <button type="button" class="danger" id="${id}-remove" @click=${() => this.removeItem(list, index, noun)}>
        ${named(t.remove)}
      </button>
    </div>`;
  }

  /** A list inside an item (paragraphs, links, roles): each entry a group with its own tools. */
  private renderSublist(
    path: Path,
    spec: {
      legend: string;
      label: (n: number) => string;
      add: string;
      newItem: () => Json;
      body: (path: Path) => TemplateResult;
    },
  ) {
    const value = get(this.feed, path);
    if (value !== undefined && !Array.isArray(value)) return jsonField(this, path, spec.legend);
    const items = this.items(path);
    const id = fieldId(path);
    return html`<fieldset class="sublist" id=${id}>
      <legend>${spec.legend}</legend>
      ${messages(this, path)}
      ${items.map((item, i) => {
        const itemPath = [...path, i];
        const label = spec.label(i + 1);
        return html`<fieldset class="subitem" id=${fieldId(itemPath)}>
          <legend>${label}</legend>
          ${this.renderTools(path, i, items.length, label, label)}
          ${isObject(item) ? spec.body(itemPath) : jsonField(this, itemPath, label)} ${messages(this, itemPath)}
        </fieldset>`;
      })}
      <button type="button" class="add" id="${id}-add" @click=${() => this.add(path, spec.newItem(), spec.label(items.length + 1), false)}>
        ${spec.add}
      </button>
    </fieldset>`;
  }

  /** An id field; for categories and offices, the references to the id follow it. */
  private idField(path: Path, rename?: 'categories' | 'offices') {
    const t = this.t;
    return textField(this, [...path, 'id'], {
      label: t.id,
      hint: rename ? `${t.idHint} ${t.idRenames}` : t.idHint,
      code: true,
      onChange: rename ? (id) => this.commit(renameId(this.feed, rename, path[1] as number, id)) : undefined,
    });
  }

  private renderOffice(path: Path) {
    const t = this.t;
    const address = [...path, 'address'];
    const addressValue = get(this.feed, address);
    return html`
      ${this.idField(path, 'offices')} ${localizedField(this, [...path, 'name'], { label: t.name })}
      ${
        addressValue !== undefined && !isObject(addressValue)
          ? jsonField(this, address, t.address)
          : html`<fieldset class="group" id=${fieldId(address)}>
            <legend>${t.address}</legend>
            ${localizedField(this, [...address, 'building'], { label: t.building })}
            ${textField(this, [...address, 'street'], { label: t.street, autocomplete: 'off' })}
            <div class="row">
              ${textField(this, [...address, 'postalCode'], { label: t.postalCode, code: true })}
              ${textField(this, [...address, 'locality'], { label: t.locality })}
              ${textField(this, [...address, 'country'], { label: t.country, hint: t.countryHint, code: true })}
            </div>
            ${messages(this, address)}
          </fieldset>`
      }
      ${urlField(this, [...path, 'url'], t.webPage)}
      <div class="row">
        ${textField(this, [...path, 'email'], { label: t.email, inputmode: 'email', code: true })}
        ${textField(this, [...path, 'phone'], { label: t.phone, hint: t.phoneHint, inputmode: 'tel', code: true })}
      </div>
      ${messages(this, path)}
    `;
  }

  private options(list: 'categories' | 'offices') {
    return this.items([list]).flatMap((item, i) =>
      isObject(item) && typeof item.id === 'string' && item.id
        ? [{ value: item.id, label: `${this.titleOf([list, i], '')} (${item.id})` }]
        : [],
    );
  }

  private renderContact(path: Path) {
    const t = this.t;
    return html`
      ${this.idField(path)} ${textField(this, [...path, 'name'], { label: t.personName })}
      ${localizedField(this, [...path, 'role'], { label: t.role })}
      ${selectField(this, [...path, 'office'], t.office, this.options('offices'), t.noOffice)}
      <div class="row">
        ${textField(this, [...path, 'email'], { label: t.email, inputmode: 'email', code: true })}
        ${textField(this, [...path, 'phone'], { label: t.phone, hint: t.phoneHint, inputmode: 'tel', code: true })}
      </div>
      ${messages(this, path)}
    `;
  }

  private renderCategory(path: Path) {
    const t = this.t;
    return html`
      ${this.idField(path, 'categories')} ${localizedField(this, [...path, 'name'], { label: t.name })}
      ${localizedField(this, [...path, 'description'], { label: t.description, multiline: true })}
      ${messages(this, path)}
    `;
  }

  private renderNetwork(path: Path) {
    const t = this.t;
    return html`
      ${this.idField(path)}
      ${selectField(this, [...path, 'category'], t.category, this.options('categories'), t.chooseCategory)}
      ${localizedField(this, [...path, 'name'], { label: t.name })}
      ${localizedField(this, [...path, 'shortName'], { label: t.shortName })}
      ${this.renderSublist([...path, 'description'], {
        legend: t.description,
        label: t.paragraph,
        add: t.addParagraph,
        newItem: () => ({}),
        body: (p) => localizedField(this, p, { label: '', bare: true, multiline: true }),
      })}
      ${urlField(this, [...path, 'website'], t.website)}
      ${this.renderSublist([...path, 'links'], {
        legend: t.links,
        label: t.link,
        add: t.addLink,
        newItem: () => ({}),
        body: (p) => html`${localizedField(this, [...p, 'label'], { label: t.linkLabel })}
        ${urlField(this, [...p, 'url'], t.linkUrl)}`,
      })}
      ${quantityField(this, [...path, 'members'], t.members)}
      ${quantityField(this, [...path, 'germanMembers'], t.germanMembers)}
      ${quantityField(this, [...path, 'countries'], t.countries)}
      ${textField(this, [...path, 'founded'], { label: t.founded, hint: t.yearHint, code: true })}
      ${this.renderSublist([...path, 'roles'], {
        legend: t.roles,
        label: t.roleN,
        add: t.addRole,
        newItem: () => ({}),
        body: (p) => html`${localizedField(this, [...p, 'role'], { label: t.role })}
          <div class="row">
            ${textField(this, [...p, 'from'], { label: t.from, hint: t.yearHint, code: true })}
            ${textField(this, [...p, 'to'], { label: t.to, code: true })}
            ${textField(this, [...p, 'year'], { label: t.year, code: true })}
          </div>`,
      })}
      ${messages(this, path)}
    `;
  }

  private renderPreview() {
    const t = this.t;
    const networks = this.items(['networks']);
    const index = Math.min(this.previewNetwork, Math.max(0, networks.length - 1));
    const network = networks[index];
    const networkId = isObject(network) && typeof network.id === 'string' ? network.id : '';
    const element = (lang: Lang) =>
      this.previewKind === 'card'
        ? html`<network-card lang=${lang} heading-level="4" network=${networkId} .feed=${this.feed}></network-card>`
        : this.previewKind === 'contacts'
          ? html`<contact-box lang=${lang} heading-level="4" .feed=${this.feed}></contact-box>`
          : html`<network-list lang=${lang} heading-level="4" intro .feed=${this.feed}></network-list>`;
    const kinds: [PreviewKind, string][] = [
      ['list', t.previewList],
      ['card', t.previewCard],
      ['contacts', t.previewContacts],
    ];
    return html`<aside class="preview" aria-labelledby="h-preview">
      <h2 id="h-preview">${t.preview}</h2>
      <p class="hint">${t.previewHint}</p>
      <fieldset class="choice">
        <legend>${t.previewShow}</legend>
        ${kinds.map(
          ([kind, label]) =>
            html`<label
              ><input
                type="radio"
                name="preview"
                value=${kind}
                .checked=${live(this.previewKind === kind)}
                @change=${() => (this.previewKind = kind)}
              />
              ${label}</label
            >`,
        )}
      </fieldset>
      ${
        this.previewKind === 'card' && networks.length
          ? html`<div class="field">
            <label for="preview-network">${t.previewNetwork}</label>
            <select id="preview-network" @change=${(e: Event) => (this.previewNetwork = Number((e.target as HTMLSelectElement).value))}>
              ${networks.map(
                (_, i) =>
                  html`<option value=${i} ?selected=${i === index}>${this.titleOf(['networks', i], t.network)}</option>`,
              )}
            </select>
          </div>`
          : nothing
      }
      <section class="preview-lang" aria-labelledby="h-preview-de">
        <h3 id="h-preview-de">${t.german}</h3>
        ${element('de')}
      </section>
      <section class="preview-lang" aria-labelledby="h-preview-en">
        <h3 id="h-preview-en">${t.english}</h3>
        ${element('en')}
      </section>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feed-editor': FeedEditor;
  }
}
