// `npx network-elements validate <file-or-url>`: checks a feed with the elements' own validator
// (validator.mjs) and lists each problem with its JSON path and where it is written
// (file:line:column), in German or English. Exit codes: 0 valid, 1 invalid (or, with --strict,
// warnings), 2 the feed could not be read or is not JSON (or the command was used wrongly).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { locator, position, syntaxError } from './locate.mjs';

export const EXIT = { valid: 0, invalid: 1, unreadable: 2 };

/** How long a remote feed may take, and how large it may be (the elements' own limit). */
const FETCH_TIMEOUT_MS = 15_000;
const MAX_BYTES = 2 * 1024 * 1024;

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const USAGE = {
  en: `Usage: network-elements validate <file-or-url> [options]

Checks a network feed (a JSON file, or an http(s) address) as the elements check it, and lists
every problem with its JSON path and its line and column in the file.

Options:
  --lang de|en   the language of the messages (default: from LC_ALL, LC_MESSAGES or LANG, else English)
  --json         print the result as JSON (for CI)
  --strict       fail on warnings too: values the elements would leave out, such as an unsafe link
  -h, --help     this help

Exit codes: 0 valid, 1 invalid (with --strict: also with warnings), 2 not readable or not JSON.
`,
  de: `Aufruf: network-elements validate <Datei-oder-URL> [Optionen]

Prüft einen Netzwerk-Feed (eine JSON-Datei oder eine http(s)-Adresse) so, wie die Elemente ihn
prüfen, und nennt jedes Problem mit seinem JSON-Pfad und seiner Zeile und Spalte in der Datei.

Optionen:
  --lang de|en   die Sprache der Meldungen (Standard: aus LC_ALL, LC_MESSAGES oder LANG, sonst Englisch)
  --json         das Ergebnis als JSON ausgeben (für CI)
  --strict       auch bei Warnungen scheitern: Werte, die die Elemente weglassen würden, etwa ein unsicherer Link
  -h, --help     diese Hilfe

Exit-Codes: 0 gültig, 1 ungültig (mit --strict auch bei Warnungen), 2 nicht lesbar oder kein JSON.
`,
};

/** The command's own sentences; the problems' texts are the elements' (validator.mjs). */
const TEXT = {
  en: {
    error: 'error',
    warning: 'warning',
    errors: (n) => (n === 1 ? '1 error' : `${n} errors`),
    warnings: (n) => (n === 1 ? '1 warning' : `${n} warnings`),
    valid: (f) =>
      `valid network feed (${f.categories.length} categories, ${f.networks.length} networks, ${f.contacts.length} contacts)`,
    leftOut: 'the elements leave these values out',
    invalid: 'not a valid network feed',
    strict: 'fails --strict',
    capped: (n) => `the check stopped counting at ${n} problems`,
    notJson: 'not JSON',
    notJsonHtml: 'not JSON (the address may lead to a web page)',
    noFile: 'no such file',
    unreadable: 'cannot read it',
    http: (status) => `cannot load it: HTTP ${status}`,
    timeout: `no answer within ${FETCH_TIMEOUT_MS / 1000} s`,
    noAnswer: (reason) => `cannot load it: ${reason}`,
    tooLarge: `larger than ${MAX_BYTES} bytes, the elements' limit`,
    scheme: 'is neither a file nor an http(s) address',
    noSource: 'name a feed: a file or an http(s) address',
    badLang: (v) => `--lang must be de or en, not "${v}"`,
    more: 'Run "network-elements validate --help" for the options.',
    syntax: {
      InvalidSymbol: 'unexpected character',
      InvalidNumberFormat: 'a number is written wrongly',
      PropertyNameExpected: 'a property name in double quotes was expected (is there a comma too many?)',
      ValueExpected: 'a value was expected',
      ColonExpected: 'a colon was expected',
      CommaExpected: 'a comma was expected',
      CloseBraceExpected: '“}” was expected',
      CloseBracketExpected: '“]” was expected',
      EndOfFileExpected: 'the data should end here',
      InvalidCommentToken: 'JSON allows no comments',
      UnexpectedEndOfComment: 'a comment is not closed',
      UnexpectedEndOfString: 'a text in quotes is not closed',
      UnexpectedEndOfNumber: 'a number ends too early',
      InvalidUnicode: 'a \\u escape is written wrongly',
      InvalidEscapeCharacter: 'a backslash escape is written wrongly',
      InvalidCharacter: 'a text in quotes holds a control character (such as a line break)',
      end: 'the data ends too early',
    },
  },
  de: {
    error: 'Fehler',
    warning: 'Warnung',
    errors: (n) => `${n} Fehler`,
    warnings: (n) => (n === 1 ? '1 Warnung' : `${n} Warnungen`),
    valid: (f) =>
      `gültiger Netzwerk-Feed (${f.categories.length} Kategorien, ${f.networks.length} Netzwerke, ${f.contacts.length} Kontakte)`,
    leftOut: 'die Elemente lassen diese Werte weg',
    invalid: 'kein gültiger Netzwerk-Feed',
    strict: 'scheitert an --strict',
    capped: (n) => `die Prüfung hat bei ${n} Problemen aufgehört zu zählen`,
    notJson: 'kein JSON',
    notJsonHtml: 'kein JSON (die Adresse führt vielleicht zu einer Webseite)',
    noFile: 'Datei nicht gefunden',
    unreadable: 'nicht lesbar',
    http: (status) => `nicht ladbar: HTTP ${status}`,
    timeout: `keine Antwort innerhalb von ${FETCH_TIMEOUT_MS / 1000} s`,
    noAnswer: (reason) => `nicht ladbar: ${reason}`,
    tooLarge: `größer als ${MAX_BYTES} Bytes, die Grenze der Elemente`,
    scheme: 'ist weder eine Datei noch eine http(s)-Adresse',
    noSource: 'Nennen Sie einen Feed: eine Datei oder eine http(s)-Adresse',
    badLang: (v) => `--lang muss de oder en sein, nicht „${v}“`,
    more: '„network-elements validate --help“ zeigt die Optionen.',
    syntax: {
      InvalidSymbol: 'unerwartetes Zeichen',
      InvalidNumberFormat: 'eine Zahl ist falsch geschrieben',
      PropertyNameExpected: 'ein Name in doppelten Anführungszeichen wurde erwartet (ein Komma zu viel?)',
      ValueExpected: 'ein Wert wurde erwartet',
      ColonExpected: 'ein Doppelpunkt wurde erwartet',
      CommaExpected: 'ein Komma wurde erwartet',
      CloseBraceExpected: '„}“ wurde erwartet',
      CloseBracketExpected: '„]“ wurde erwartet',
      EndOfFileExpected: 'die Daten sollten hier enden',
      InvalidCommentToken: 'JSON erlaubt keine Kommentare',
      UnexpectedEndOfComment: 'ein Kommentar ist nicht geschlossen',
      UnexpectedEndOfString: 'ein Text in Anführungszeichen ist nicht geschlossen',
      UnexpectedEndOfNumber: 'eine Zahl endet zu früh',
      InvalidUnicode: 'eine \\u-Folge ist falsch geschrieben',
      InvalidEscapeCharacter: 'eine Folge mit Backslash ist falsch geschrieben',
      InvalidCharacter: 'ein Text in Anführungszeichen enthält ein Steuerzeichen (etwa einen Zeilenumbruch)',
      end: 'die Daten enden zu früh',
    },
  },
};

/** The language of the environment's locale (LC_ALL, then LC_MESSAGES, then LANG): German for de…, else English. */
export function environmentLanguage(env = process.env) {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^de([_.@-]|$)/i.test(locale) ? 'de' : 'en';
}

/** The feed could not be read or parsed: exit code 2. `at`: the parse position, if known. */
class Unreadable extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
}

/** A mistake in the command line: exit code 2, with a pointer to --help. */
class UsageError extends Error {}

/** The feed's text, from a file or an http(s) address; a leading byte order mark dropped. */
async function readSource(source, t) {
  let text;
  if (/^https?:\/\//i.test(source)) {
    let response;
    try {
      response = await globalThis.fetch(source, {
        signal: globalThis.AbortSignal.timeout(FETCH_TIMEOUT_MS),
        headers: { accept: 'application/json' },
      });
    } catch (e) {
      throw new Unreadable(t.noAnswer(e?.name === 'TimeoutError' ? t.timeout : (e?.cause?.message ?? e?.message)));
    }
    if (!response.ok) throw new Unreadable(t.http(response.status));
    text = await response.text();
    if (Buffer.byteLength(text) > MAX_BYTES) throw new Unreadable(t.tooLarge);
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    throw new Unreadable(t.scheme);
  } else {
    try {
      text = await readFile(resolve(source), 'utf8');
    } catch (e) {
      throw new Unreadable(e.code === 'ENOENT' ? t.noFile : `${t.unreadable}: ${e.message}`);
    }
  }
  return text.replace(/^\uFEFF/, '');
}

/** The parsed text, or an Unreadable that says where and why the JSON is broken. */
function parseJson(text, t) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const found = syntaxError(text);
    const html = /^\s*</.test(text);
    const what = html ? t.notJsonHtml : t.notJson;
    if (!found) throw new Unreadable(`${what}: ${e.message}`);
    // Whatever was still expected, at the very end the data was cut short.
    const reason = found.offset >= text.trimEnd().length ? t.syntax.end : (t.syntax[found.code] ?? found.code);
    throw new Unreadable(`${what}: ${reason}`, position(text, found.offset));
  }
}

/**
 * Runs the command with `argv` (the arguments after `validate`); writes to `out` and `err`
 * (streams) and resolves with the exit code.
 */
export async function validateCommand(argv, { out = process.stdout, err = process.stderr, env = process.env } = {}) {
  let lang = environmentLanguage(env);
  let t = TEXT[lang];
  let values;
  let positionals;
  try {
    try {
      ({ values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
    } catch (e) {
      throw new UsageError(e.message.replace(/\. To specify .*$/s, '.'));
    }
    if (values.lang !== undefined) {
      if (!(values.lang in TEXT)) throw new UsageError(t.badLang(values.lang));
      lang = values.lang;
      t = TEXT[lang];
    }
    if (values.help) {
      out.write(USAGE[lang]);
      return EXIT.valid;
    }
    if (positionals.length !== 1) throw new UsageError(t.noSource);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err.write(`network-elements validate: ${e.message}\n${t.more}\n`);
    return EXIT.unreadable;
  }

  const [source] = positionals;
  let text;
  let data;
  try {
    text = await readSource(source, t);
    data = parseJson(text, t);
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
    const where = e.at ? `:${e.at.line}:${e.at.column}` : '';
    if (values.json) {
      const error = { message: e.message, ...(e.at ?? {}) };
      out.write(`${JSON.stringify({ source, valid: false, readable: false, error }, null, 2)}\n`);
    } else err.write(`${source}${where}: ${e.message}\n`);
    return EXIT.unreadable;
  }

  // Loaded only now: --help and unreadable feeds need no build.
  const { MAX_PROBLEMS, describe, validate } = await import('./validator.mjs');
  const { valid, feed, problems } = validate(data);
  const find = locator(text);
  const listed = problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    path: p.path,
    ...(p.detail !== undefined ? { detail: p.detail } : {}),
    ...position(text, find(p.path)),
    message: describe(p, lang),
  }));
  const errors = listed.filter((p) => p.severity === 'error').length;
  const warnings = listed.length - errors;
  const passes = valid && !(values.strict && warnings);
  const capped = problems.length >= MAX_PROBLEMS;

  if (values.json) {
    const result = { source, valid, strict: !!values.strict, passes, errors, warnings, capped, problems: listed };
    out.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    for (const p of listed) out.write(`${source}:${p.line}:${p.column}: ${t[p.severity]}: ${p.message}\n`);
    const counts = [errors && t.errors(errors), warnings && t.warnings(warnings)].filter(Boolean).join(', ');
    const verdict = !valid
      ? `${t.invalid}: ${counts}`
      : `${t.valid(feed)}${warnings ? `; ${counts}: ${t.leftOut}${values.strict ? ` (${t.strict})` : ''}` : ''}`;
    out.write(`${source}: ${verdict}${capped ? ` (${t.capped(problems.length)})` : ''}\n`);
  }
  return passes ? EXIT.valid : EXIT.invalid;
}
