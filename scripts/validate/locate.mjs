// Positions in a JSON text: where a parse failed, and where the value at a validator path
// (`networks[3].name.de`) is written, as line and column (both from 1, columns in UTF-16 code
// units, as editors count them). Parsing with positions is jsonc-parser's (VS Code's JSON parser).
import jsonc from 'jsonc-parser';

const { parse, parseTree, printParseErrorCode } = jsonc;

/** Line and column of a character offset in `text`. */
export function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * The first syntax error of a text that JSON.parse refused, as jsonc-parser finds it with the
 * rules of JSON (no comments, no trailing commas): `{ code, offset }`, or undefined when it finds
 * none (the caller then has only JSON.parse's own message).
 */
export function syntaxError(text) {
  const errors = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  return first && { code: printParseErrorCode(first.error), offset: first.offset };
}

/**
 * A function from a validator path to the offset where it is written in `text`: the key of an
 * object's member, an array's item, or, for a member that is missing, the object that lacks it.
 * The path is matched against the keys the text has (so keys with dots or brackets in them,
 * which the validator reports as they are, are found too); of repeated keys the last counts, as
 * in JSON.parse.
 */
export function locator(text) {
  const root = parseTree(text, [], { disallowComments: true });
  return (path) => {
    let node = root;
    let at = root?.offset ?? 0;
    let rest = path;
    while (rest && node) {
      if (node.type === 'array') {
        const m = /^\[(\d+)\]\.?/.exec(rest);
        const item = m && node.children?.[Number(m[1])];
        if (!item) break;
        node = item;
        at = item.offset;
        rest = rest.slice(m[0].length);
      } else if (node.type === 'object') {
        let found;
        for (const member of node.children ?? []) {
          const key = member.children?.[0]?.value;
          if (typeof key !== 'string') continue;
          const next = rest.charAt(key.length);
          if (rest.startsWith(key) && (next === '' || next === '.' || next === '[')) {
            if (!found || key.length >= found.key.length) found = { key, member };
          }
        }
        if (!found) break;
        node = found.member.children[1];
        at = found.member.offset;
        rest = rest.slice(found.key.length).replace(/^\./, '');
      } else break;
    }
    return at;
  };
}
