/**
 * The editor's form fields, one function per kind of value in the feed: a text, a text in
 * several languages, a web address (one, or one per language), a count, a choice. Each is
 * labelled, shows the validator's messages for its path beside it, and ties them to its inputs
 * (`aria-describedby`, `aria-invalid`). Values are read from and written to the draft by path;
 * feed data only ever reaches the page through Lit's text and attribute bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isObject, pathText, type Json, type Obj, type Path } from './draft.js';
import { reason, type Lang, type Problem } from './library.js';
import type { Texts } from './texts.js';

/** What the fields need from the editor. */
export interface Form {
  readonly feed: Obj;
  readonly uiLang: Lang;
  readonly t: Texts;
  /** The problems the validator reports at exactly this path. */
  problemsAt(path: Path): Problem[];
  /** Sets the value at `path`; `undefined` removes it. */
  change(path: Path, value: Json | undefined): void;
  /** Whether a web address field shows one address per language. */
  perLanguage(path: Path): boolean;
  setPerLanguage(path: Path, on: boolean): void;
}

/**
 * The id of the input (or group) for a path as the validator writes it (`networks[3].name.de`):
 * unique, and free of spaces and of characters that selectors would have to escape.
 */
export const idOf = (path: string): string =>
  `f-${path.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
export const fieldId = (path: Path): string => idOf(pathText(path));
const messageId = (path: Path) => `${fieldId(path)}-m`;

/** The validator's messages for a path, as they stand under a field. */
export function messages(form: Form, path: Path, problems = form.problemsAt(path)) {
  if (!problems.length) return nothing;
  return html`<ul class="messages" id=${messageId(path)}>
    ${problems.map(
      (p) =>
        html`<li class=${p.severity}>
          <strong>${p.severity === 'error' ? form.t.error : form.t.warning}:</strong> ${reason(p, form.uiLang)}
        </li>`,
    )}
  </ul>`;
}

const get = (feed: Obj, path: Path): Json | undefined => {
  let v: Json | undefined = feed;
  for (const k of path) v = (v as Record<string | number, Json> | undefined)?.[k];
  return v;
};

export interface TextOptions {
  label: string | TemplateResult;
  hint?: string;
  multiline?: boolean;
  inputmode?: 'text' | 'url' | 'email' | 'tel' | 'numeric';
  /** The language of the text (for spelling and speech). */
  lang?: string;
  autocomplete?: string;
  /** Codes, addresses and ids: no spelling help. */
  code?: boolean;
  /** Messages of the group the field belongs to, which concern it too. */
  group?: { path: Path; problems: Problem[] };
  /** Instead of setting the value: for ids, whose references follow them. */
  onChange?: (value: string | undefined) => void;
  /** Set when a field changes the draft: the new text, `''` removes the member. */
  toValue?: (text: string) => Json | undefined;
}

/**
 * A text. An empty field removes the member (an optional field is then absent, a required one
 * reported missing); a value that is not a text is shown as JSON, to be corrected.
 */
export function textField(form: Form, path: Path, o: TextOptions) {
  const id = fieldId(path);
  const value = get(form.feed, path);
  const problems = form.problemsAt(path);
  const groupProblems = o.group?.problems ?? [];
  const describedBy = [
    o.hint ? `${id}-h` : '',
    problems.length ? messageId(path) : '',
    groupProblems.length ? messageId(o.group!.path) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const invalid = problems.length || groupProblems.length ? 'true' : undefined;
  const shown = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  const onInput = (e: Event) => {
    const text = (e.target as HTMLInputElement).value;
    if (o.onChange) o.onChange(text === '' ? undefined : text);
    else form.change(path, o.toValue ? o.toValue(text) : text === '' ? undefined : text);
  };
  const common = {
    id,
    describedBy: describedBy || undefined,
    lang: o.lang,
  };
  return html`<div class="field ${problems.length ? 'has-problem' : ''}">
    <label for=${id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${id}-h">${o.hint}</p>` : nothing}
    ${
      o.multiline
        ? html`<textarea
          id=${common.id}
          rows="4"
          lang=${ifDefined(common.lang)}
          aria-describedby=${ifDefined(common.describedBy)}
          aria-invalid=${ifDefined(invalid)}
          .value=${live(shown)}
          @input=${onInput}
        ></textarea>`
        : html`<input
          id=${common.id}
          type="text"
          lang=${ifDefined(common.lang)}
          inputmode=${ifDefined(o.inputmode)}
          autocomplete=${o.autocomplete ?? 'off'}
          spellcheck=${o.code ? 'false' : 'true'}
          autocapitalize=${o.code ? 'off' : 'sentences'}
          aria-describedby=${ifDefined(common.describedBy)}
          aria-invalid=${ifDefined(invalid)}
          .value=${live(shown)}
          @input=${onInput}
        />`
    }
    ${messages(form, path, problems)}
  </div>`;
}

/** The languages a language map shows: German and English, then any others it has. */
function languagesOf(value: Json | undefined): string[] {
  const extra = isObject(value) ? Object.keys(value).filter((k) => k !== 'de' && k !== 'en') : [];
  return ['de', 'en', ...extra];
}

export interface LocalizedOptions {
  label: string;
  hint?: string;
  multiline?: boolean;
  /**
   * Only the inputs, without a group of their own: the caller labels the group and shows its
   * messages (the inputs refer to them).
   */
  bare?: boolean;
  /** Web addresses: code inputs. */
  url?: boolean;
}

/** A text in German and English side by side (and in any further language the feed has). */
export function localizedField(form: Form, path: Path, o: LocalizedOptions) {
  const value = get(form.feed, path);
  const problems = form.problemsAt(path);
  if (value !== undefined && !isObject(value)) return jsonField(form, path, o.label);
  const group = { path, problems };
  const inputs = html`<div class="languages">
    ${languagesOf(value).map((lang) =>
      textField(form, [...path, lang], {
        label: form.t.language(lang),
        lang,
        multiline: o.multiline,
        group,
        ...(o.url ? { inputmode: 'url' as const, code: true, lang: undefined } : {}),
      }),
    )}
  </div>`;
  if (o.bare) return inputs;
  return html`<fieldset class="group" id=${fieldId(path)}>
    <legend>${o.label}</legend>
    ${o.hint ? html`<p class="hint">${o.hint}</p>` : nothing}
    ${inputs} ${messages(form, path, problems)}
  </fieldset>`;
}

/** A web address, or one per language (`website`, a link's `url`, an office's `url`). */
export function urlField(form: Form, path: Path, label: string) {
  const value = get(form.feed, path);
  const perLanguage = isObject(value) || form.perLanguage(path);
  const switchId = `${fieldId(path)}-per-language`;
  const toggle = (e: Event) => {
    const on = (e.target as HTMLInputElement).checked;
    form.setPerLanguage(path, on);
    if (on && typeof value === 'string') form.change(path, { de: value, en: value });
    else if (!on && isObject(value)) {
      const first = value.de ?? value.en ?? Object.values(value)[0];
      form.change(path, typeof first === 'string' ? first : undefined);
    }
  };
  // One address: its input has the path's id; one per language: the group has it.
  return html`<fieldset class="group" id=${ifDefined(perLanguage ? fieldId(path) : undefined)}>
    <legend>${label}</legend>
    ${
      perLanguage
        ? html`${localizedField(form, path, { label, bare: true, url: true })} ${messages(form, path)}`
        : textField(form, path, { label: form.t.webAddress, inputmode: 'url', code: true, hint: form.t.urlHint })
    }
    <div class="check">
      <input type="checkbox" id=${switchId} .checked=${live(perLanguage)} @change=${toggle} />
      <label for=${switchId}>${form.t.perLanguage}</label>
    </div>
  </fieldset>`;
}

/** A count as the source states it: a number and "exactly", "over" or "about". */
export function quantityField(form: Form, path: Path, label: string) {
  const value = get(form.feed, path);
  if (value !== undefined && !isObject(value)) return jsonField(form, path, label);
  const problems = form.problemsAt(path);
  const group = { path, problems };
  const qualifier = isObject(value) ? value.qualifier : undefined;
  const qid = fieldId([...path, 'qualifier']);
  const qProblems = form.problemsAt([...path, 'qualifier']);
  const onQualifier = (e: Event) => {
    const q = (e.target as HTMLSelectElement).value;
    form.change([...path, 'qualifier'], q === '' ? undefined : q);
  };
  const known = qualifier === undefined || qualifier === 'over' || qualifier === 'about';
  return html`<fieldset class="group quantity" id=${fieldId(path)}>
    <legend>${label}</legend>
    <div class="row">
      <div class="field">
        <label for=${qid}>${form.t.qualifier}</label>
        <select
          id=${qid}
          aria-describedby=${ifDefined(qProblems.length ? messageId([...path, 'qualifier']) : undefined)}
          aria-invalid=${ifDefined(qProblems.length ? 'true' : undefined)}
          @change=${onQualifier}
        >
          <option value="" ?selected=${qualifier === undefined}>${form.t.exactly}</option>
          <option value="over" ?selected=${qualifier === 'over'}>${form.t.over}</option>
          <option value="about" ?selected=${qualifier === 'about'}>${form.t.about}</option>
          ${known ? nothing : html`<option value=${String(qualifier)} selected>${JSON.stringify(qualifier)}</option>`}
        </select>
        ${messages(form, [...path, 'qualifier'], qProblems)}
      </div>
      ${textField(form, [...path, 'value'], {
        label: form.t.number,
        inputmode: 'numeric',
        code: true,
        group,
        // Digits become a number; anything else stays text, for the validator to report.
        toValue: (text) => (text === '' ? undefined : /^\d{1,10}$/.test(text) ? Number(text) : text),
      })}
    </div>
    ${messages(form, path, problems)}
  </fieldset>`;
}

/** A choice among ids (a network's category, a contact's office); an unknown id stays selectable. */
export function selectField(
  form: Form,
  path: Path,
  label: string,
  options: { value: string; label: string }[],
  empty: string,
) {
  const id = fieldId(path);
  const value = get(form.feed, path);
  const problems = form.problemsAt(path);
  const current = typeof value === 'string' ? value : undefined;
  const unknown = current !== undefined && !options.some((o) => o.value === current);
  const onChange = (e: Event) => {
    const v = (e.target as HTMLSelectElement).value;
    form.change(path, v === '' ? undefined : v);
  };
  return html`<div class="field ${problems.length ? 'has-problem' : ''}">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      aria-describedby=${ifDefined(problems.length ? messageId(path) : undefined)}
      aria-invalid=${ifDefined(problems.length ? 'true' : undefined)}
      @change=${onChange}
    >
      <option value="" ?selected=${current === undefined}>${empty}</option>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${o.label}</option>`)}
      ${unknown ? html`<option value=${current} selected>${form.t.unknownId(current)}</option>` : nothing}
    </select>
    ${messages(form, path, problems)}
  </div>`;
}

/**
 * A value of a shape the form has no fields for (a text where a language map belongs, say),
 * shown and edited as JSON, so that nothing is hidden and it can be corrected.
 */
export function jsonField(form: Form, path: Path, label: string) {
  const id = fieldId(path);
  const problems = form.problemsAt(path);
  const value = get(form.feed, path);
  const onChange = (e: Event) => {
    const text = (e.target as HTMLTextAreaElement).value;
    try {
      form.change(path, text.trim() === '' ? undefined : (JSON.parse(text) as Json));
    } catch {
      // Not JSON yet: kept in the field until it is.
    }
  };
  return html`<div class="field ${problems.length ? 'has-problem' : ''}">
    <label for=${id}>${label} (JSON)</label>
    <p class="hint" id="${id}-h">${form.t.jsonHint}</p>
    <textarea
      id=${id}
      class="code"
      rows="3"
      spellcheck="false"
      aria-describedby=${[`${id}-h`, problems.length ? messageId(path) : ''].filter(Boolean).join(' ')}
      aria-invalid=${ifDefined(problems.length ? 'true' : undefined)}
      .value=${live(JSON.stringify(value, null, 2) ?? '')}
      @change=${onChange}
    ></textarea>
    ${messages(form, path, problems)}
  </div>`;
}
