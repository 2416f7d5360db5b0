// Builds the committed GraphQL schema with graphql-js (the reference implementation) and validates every GraphQL
// document of the analyst console against it. Run by GraphqlJsSchemaTest: node check-schema.mjs <schema> <console dir>
// Prints one line per problem; exits 1 when there is any.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NoDeprecatedCustomRule, buildSchema, parse, specifiedRules, validate } from 'graphql';

const [schemaFile, consoleDir] = process.argv.slice(2);
const problems = [];
let schema;
try {
  schema = buildSchema(readFileSync(schemaFile, 'utf8'));
} catch (e) {
  console.log(`schema: ${e.message}`);
  process.exit(1);
}

// The fields kept only until the next release must read as deprecated, with a reason, to graphql-js (and so to code
// generators and GraphiQL), not only in a description.
for (const [type, field] of [['Encounter', 'coverage'], ['Encounter', 'secondaryCoverage'],
  ['EncounterInput', 'coverage'], ['EncounterInput', 'secondaryCoverage']]) {
  const f = schema.getType(type)?.getFields()[field];
  if (!f || !f.deprecationReason) {
    problems.push(`schema: ${type}.${field} is not deprecated with a reason`);
  }
}

// The console writes its documents as template literals, some with ${NAME} parts that are constants of the same
// file (`const FIELDS = '...'` or a template literal): those are put in; a document is a literal that starts with query or mutation.
let documents = 0;
for (const file of readdirSync(consoleDir).filter((f) => f.endsWith('.js'))) {
  const source = readFileSync(join(consoleDir, file), 'utf8');
  const constants = new Map();
  for (const m of source.matchAll(/const\s+([A-Z_][A-Z0-9_]*)\s*=\s*(`[^`]*`|'[^'\n]*'|"[^"\n]*")/g)) {
    constants.set(m[1], m[2].slice(1, -1));
  }
  const expand = (text, depth = 0) => text.replace(/\$\{\s*([A-Z_][A-Z0-9_]*)\s*\}/g, (whole, name) => {
    if (!constants.has(name) || depth > 5) {
      problems.push(`${file}: \${${name}} is not a constant of the file`);
      return '';
    }
    return expand(constants.get(name), depth + 1);
  });
  for (const m of source.matchAll(/`(\s*(?:query|mutation)\b[^`]*)`/g)) {
    documents++;
    const text = expand(m[1]);
    const name = (text.match(/^\s*(?:query|mutation)\s+(\w+)/) || [])[1] || '(anonymous)';
    try {
      // and uses no deprecated field or argument: it is the first client to move off them
      for (const error of validate(schema, parse(text), [...specifiedRules, NoDeprecatedCustomRule])) {
        problems.push(`${file} ${name}: ${error.message}`);
      }
    } catch (e) {
      problems.push(`${file} ${name}: ${e.message}`);
    }
  }
}
if (documents === 0) {
  problems.push(`no GraphQL documents found in ${consoleDir}`);
}
problems.forEach((p) => console.log(p));
console.log(`${documents} documents checked, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
