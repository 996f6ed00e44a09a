// `executeServerCommand('schema-check', { feed })` in a browser test: the feed checked against
// src/feed/networks.schema.json by Ajv (draft 2020-12, with formats), as tests/node/validate.test.mjs
// does; resolves with the schema's complaints (none: valid).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function schemaCheckPlugin() {
  let validate;
  return {
    name: 'schema-check',
    executeCommand({ command, payload }) {
      if (command !== 'schema-check') return undefined;
      if (!validate) {
        const ajv = new Ajv2020({ strict: true, allErrors: true });
        addFormats(ajv);
        validate = ajv.compile(
          JSON.parse(readFileSync(new URL('../../src/feed/networks.schema.json', import.meta.url), 'utf8')),
        );
      }
      return validate(payload?.feed) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
    },
  };
}
