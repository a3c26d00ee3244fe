// Independent check of the JSON API: validates documents against our published JSON Schemas with
// ajv (draft 2020-12, strict mode). Usage:
//   node validate-json.mjs <schema-dir> <schema-name>=<document.json> [...]
// Prints [{file, schema, valid, errors}] as JSON; exits 1 if a schema itself does not compile.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const [schemaDir, ...pairs] = process.argv.slice(2);
// Formats are annotations here; the schemas enforce the shapes with patterns.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
// The schemas refer to each other relatively (common.json#/...), as they do when fetched from the
// site; register them under a base URL so those references resolve.
const base = 'https://site.invalid/api/v1/schema/';
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json')).sort()) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')), base + file);
}

const results = pairs.map((pair) => {
  const at = pair.indexOf('=');
  const schema = pair.slice(0, at);
  const file = pair.slice(at + 1);
  const validate = ajv.getSchema(base + schema + '.json');
  if (!validate) {
    throw new Error(`no schema ${schema}`);
  }

  const valid = validate(JSON.parse(readFileSync(file, 'utf8')));
  return { file, schema, valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`) };
});

process.stdout.write(JSON.stringify(results));
