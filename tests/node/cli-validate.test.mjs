// `npx network-elements validate <file-or-url>` (bin/network-elements.mjs, scripts/validate/),
// run as partners run it, against the built dist/ (`npm test` builds first): exit codes, each
// problem's JSON path and line:column in the file, German and English, --json, --strict, a feed
// from a server, and files that are not JSON.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin/network-elements.mjs');
const feedText = readFileSync(join(root, 'src/feed/networks.json'), 'utf8');
const feed = () => JSON.parse(feedText);

/** A neutral environment: no locale of the machine running the tests leaks in. */
const plainEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LC_|LANG)/.test(k)));

/** Runs `network-elements validate …`; resolves with its exit code and output. */
function validate(args, env = {}) {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [cli, 'validate', ...args],
      { cwd: dir, timeout: 120_000, env: { ...plainEnv, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

let dir;
/** Writes a file into the test folder; returns its name (the CLI runs there). */
function file(name, content) {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
}
/** The text at a line and column (both from 1) of a file in the test folder. */
function at(name, line, column) {
  const lines = readFileSync(join(dir, name), 'utf8').split('\n');
  return lines[line - 1].slice(column - 1);
}

/** The Heidelberg feed with three mistakes: an empty German name, an unsafe address, a missing category. */
function badFeed() {
  const f = feed();
  f.networks[0].name.de = ' ';
  f.networks[1].website = 'javascript:alert(1)';
  delete f.networks[2].category;
  return f;
}

let server;
let origin;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'network-elements-validate-'));
  server = createServer((req, res) => {
    if (req.url === '/good.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(feedText);
    } else if (req.url === '/bad.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(badFeed(), null, 2));
    } else if (req.url === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html>\n<title>Login</title>');
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('validate: exit codes and messages', () => {
  test('the Heidelberg feed is valid: exit 0, a one-line verdict with its counts', async () => {
    const name = file('networks.json', feedText);
    const { code, stdout, stderr } = await validate([name, '--lang', 'en']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.equal(stdout, 'networks.json: valid network feed (2 categories, 5 networks, 2 contacts)\n');
  });

  test('an invalid feed: exit 1; each problem as file:line:column, severity, JSON path and message', async () => {
    const name = file('bad.json', badFeed());
    const { code, stdout } = await validate([name, '--lang', 'en']);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(
      lines.map((l) => l.replace(/^bad\.json:\d+:\d+: /, '')),
      [
        'error: networks[0].name.de: must not be empty',
        'warning: networks[1].website: must be written like “https://…” and was left out',
        'error: networks[2].category: is missing',
        'bad.json: not a valid network feed: 2 errors, 1 warning',
      ],
    );
    // Each position is where the value is written: the member's key, or the object that lacks it.
    const [name0, website1, category2] = lines.slice(0, 3).map((l) => /^bad\.json:(\d+):(\d+):/.exec(l).slice(1, 3));
    assert.match(at(name, ...name0.map(Number)), /^"de": " "/);
    assert.match(at(name, ...website1.map(Number)), /^"website": "javascript:alert\(1\)"/);
    assert.match(at(name, ...category2.map(Number)), /^\{$/);
    assert.equal(at(name, Number(category2[0]) + 1, 1).trim(), '"id": "energy-cities",');
  });

  test('German with --lang de, and from the environment’s locale (LC_ALL before LC_MESSAGES before LANG)', async () => {
    const name = file('bad.json', badFeed());
    const german = [
      /: Fehler: networks\[0\]\.name\.de: darf nicht leer sein$/m,
      /: Warnung: networks\[1\]\.website: muss wie „https:\/\/…“ geschrieben sein und wurde weggelassen$/m,
      /: Fehler: networks\[2\]\.category: fehlt$/m,
      /^bad\.json: kein gültiger Netzwerk-Feed: 2 Fehler, 1 Warnung$/m,
    ];
    const runs = [
      [[name, '--lang', 'de'], {}],
      [[name], { LANG: 'de_DE.UTF-8' }],
      [[name], { LC_MESSAGES: 'de_AT', LANG: 'en_GB.UTF-8' }],
      [[name], { LC_ALL: 'de_CH.UTF-8', LC_MESSAGES: 'en_US', LANG: 'en_US' }],
      [[name, '--lang', 'de'], { LANG: 'en_US.UTF-8' }],
    ];
    for (const [args, env] of runs) {
      const { code, stdout } = await validate(args, env);
      assert.equal(code, 1);
      for (const line of german) assert.match(stdout, line, JSON.stringify(env));
    }
    for (const env of [{}, { LANG: 'C.UTF-8' }, { LANG: 'fr_FR.UTF-8' }, { LC_ALL: 'en_US', LANG: 'de_DE' }]) {
      const { stdout } = await validate([name], env);
      assert.match(stdout, /: error: networks\[0\]\.name\.de: must not be empty$/m, JSON.stringify(env));
    }
    const help = await validate(['--help', '--lang', 'de']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Aufruf: network-elements validate/);
  });

  test('warnings alone: listed, exit 0; with --strict exit 1', async () => {
    const f = feed();
    f.networks[3].website = 'ftp://example.org/';
    f.offices[0].email = 'not an address';
    const name = file('warnings.json', f);
    const plain = await validate([name, '--lang', 'en']);
    assert.equal(plain.code, 0);
    assert.match(
      plain.stdout,
      /^warnings\.json:\d+:\d+: warning: offices\[0\]\.email: must be written like “name@example\.org” and was left out$/m,
    );
    assert.match(plain.stdout, /^warnings\.json:\d+:\d+: warning: networks\[3\]\.website: /m);
    assert.match(
      plain.stdout,
      /^warnings\.json: valid network feed \(.*\); 2 warnings: the elements leave these values out\n$/m,
    );
    const strict = await validate([name, '--strict', '--lang', 'en']);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /\(fails --strict\)\n$/);
    const json = JSON.parse((await validate([name, '--strict', '--json'])).stdout);
    assert.deepEqual([json.valid, json.passes, json.errors, json.warnings], [true, false, 0, 2]);
  });

  test('--json: the problems for CI, with path, code, severity, line, column and the message', async () => {
    const name = file('bad.json', badFeed());
    const { code, stdout, stderr } = await validate([name, '--json', '--lang', 'de']);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    const result = JSON.parse(stdout);
    assert.deepEqual(
      { ...result, problems: result.problems.map(({ line, column, ...p }) => (assert.ok(line > 1 && column > 1), p)) },
      {
        source: 'bad.json',
        valid: false,
        strict: false,
        passes: false,
        errors: 2,
        warnings: 1,
        capped: false,
        problems: [
          {
            severity: 'error',
            code: 'empty',
            path: 'networks[0].name.de',
            message: 'networks[0].name.de: darf nicht leer sein',
          },
          {
            severity: 'warning',
            code: 'format',
            path: 'networks[1].website',
            detail: 'https://…',
            message: 'networks[1].website: muss wie „https://…“ geschrieben sein und wurde weggelassen',
          },
          { severity: 'error', code: 'required', path: 'networks[2].category', message: 'networks[2].category: fehlt' },
        ],
      },
    );
    const valid = JSON.parse((await validate([file('good.json', feedText), '--json'])).stdout);
    assert.deepEqual([valid.valid, valid.passes, valid.problems], [true, true, []]);
  });

  test('more problems than the validator keeps: the count is marked as capped, in text and JSON', async () => {
    const f = feed();
    f.networks = Array.from({ length: 150 }, (_, i) => ({ ...f.networks[0], id: `n-${i}`, name: { de: ' ' } }));
    const name = file('many.json', f);
    const text = await validate([name, '--lang', 'en']);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /\(the check stopped counting at 100 problems\)\n$/);
    const json = JSON.parse((await validate([name, '--json'])).stdout);
    assert.deepEqual([json.capped, json.problems.length], [true, 100]);
  });

  test('a feed that names the published schema in $schema is valid, for the CLI and for the schema itself', async () => {
    const f = {
      $schema: 'https://cdn.jsdelivr.net/npm/network-elements@0.1.0/dist/cdn/networks.schema.json',
      ...feed(),
    };
    const { code, stdout } = await validate([file('with-schema.json', f), '--lang', 'en']);
    assert.equal(code, 0, stdout);
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    const check = ajv.compile(JSON.parse(readFileSync(join(root, 'src/feed/networks.schema.json'), 'utf8')));
    assert.equal(check(f), true, JSON.stringify(check.errors));
    assert.equal(check({ ...f, $schema: 42 }), false, 'a $schema that is no text is refused');
  });
});

describe('validate: a feed from an address', () => {
  test('a valid feed: exit 0; an invalid one: exit 1 with line:column in what the server sent', async () => {
    const good = await validate([`${origin}/good.json`, '--lang', 'en']);
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /: valid network feed \(2 categories, 5 networks, 2 contacts\)\n$/);
    const bad = await validate([`${origin}/bad.json`, '--lang', 'en']);
    assert.equal(bad.code, 1);
    const [, line, column] = new RegExp(`^${origin}/bad\\.json:(\\d+):(\\d+): error: networks\\[0\\]\\.name\\.de:`, 'm')
      .exec(bad.stdout)
      .map(Number);
    const sent = JSON.stringify(badFeed(), null, 2).split('\n');
    assert.match(sent[line - 1].slice(column - 1), /^"de": " "/);
  });

  test('404 and an address that is not answered: exit 2, one clear line on stderr', async () => {
    const missing = await validate([`${origin}/missing.json`, '--lang', 'en']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '');
    assert.equal(missing.stderr, `${origin}/missing.json: cannot load it: HTTP 404\n`);
    const closed = await validate(['http://127.0.0.1:9/networks.json', '--lang', 'de']);
    assert.equal(closed.code, 2);
    assert.match(closed.stderr, /^http:\/\/127\.0\.0\.1:9\/networks\.json: nicht ladbar: .+\n$/);
  });

  test('a web page instead of JSON: exit 2, “not JSON” with its position', async () => {
    const { code, stderr } = await validate([`${origin}/page.html`, '--lang', 'en']);
    assert.equal(code, 2);
    assert.equal(
      stderr,
      `${origin}/page.html:1:1: not JSON (the address may lead to a web page): unexpected character\n`,
    );
  });
});

describe('validate: files that cannot be read or are not JSON', () => {
  for (const [name, content, expected] of [
    [
      'trailing-comma.json',
      '{\n  "version": "1.0",\n  "checked": "2026-01-01",\n}\n',
      'trailing-comma.json:4:1: not JSON: a property name in double quotes was expected (is there a comma too many?)',
    ],
    ['cut.json', '{\n  "version": "1.0",\n  "networks": [', 'cut.json:3:16: not JSON: the data ends too early'],
    ['empty.json', '', 'empty.json:1:1: not JSON: the data ends too early'],
    ['comment.json', '{\n  // the feed\n  "version": "1.0"\n}', 'comment.json:2:3: not JSON: JSON allows no comments'],
    [
      'missing-comma.json',
      '{\n  "version": "1.0"\n  "checked": "2026-01-01"\n}',
      'missing-comma.json:3:3: not JSON: a comma was expected',
    ],
  ]) {
    test(`${name}: exit 2 with line:column`, async () => {
      const { code, stdout, stderr } = await validate([file(name, content), '--lang', 'en']);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.equal(stderr, `${expected}\n`);
    });
  }

  test('German, and --json: the position as numbers', async () => {
    const name = file('trailing-comma.json', '{\n  "version": "1.0",\n}\n');
    const de = await validate([name, '--lang', 'de']);
    assert.equal(de.code, 2);
    assert.match(
      de.stderr,
      /^trailing-comma\.json:3:1: kein JSON: ein Name in doppelten Anführungszeichen wurde erwartet/,
    );
    const json = await validate([name, '--json', '--lang', 'en']);
    assert.equal(json.code, 2);
    assert.deepEqual(JSON.parse(json.stdout), {
      source: name,
      valid: false,
      readable: false,
      error: {
        message: 'not JSON: a property name in double quotes was expected (is there a comma too many?)',
        line: 3,
        column: 1,
      },
    });
  });

  test('a file that does not exist, a scheme that is no web address, no file at all: exit 2', async () => {
    const missing = await validate(['nowhere.json', '--lang', 'en']);
    assert.deepEqual([missing.code, missing.stderr], [2, 'nowhere.json: no such file\n']);
    const ftp = await validate(['ftp://example.org/feed.json', '--lang', 'en']);
    assert.deepEqual(
      [ftp.code, ftp.stderr],
      [2, 'ftp://example.org/feed.json: is neither a file nor an http(s) address\n'],
    );
    const none = await validate(['--lang', 'en']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /name a feed: a file or an http\(s\) address/);
    const lang = await validate(['x.json', '--lang', 'fr']);
    assert.equal(lang.code, 2);
    assert.match(lang.stderr, /--lang must be de or en, not "fr"/);
  });
});
