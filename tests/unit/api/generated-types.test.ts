/**
 * Resolver and browser types are generated from schema/schema.graphql (scripts/codegen.ts) and
 * checked in, so a build needs no generator: these tests fail while a checked-in file differs
 * from what the schema gives now.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, schemaText, SCHEMA_FILE } from '../../../scripts/codegen.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('generated schema types', () => {
  it('are what the schema gives now (else run `npm run codegen`)', async () => {
    const files = await generatedFiles();
    expect(files.map((f) => f.file)).toEqual(['src/api/generated/schema-types.ts', 'web/src/generated/schema-types.ts']);
    for (const { file, text } of files) {
      const checkedIn = readFileSync(path.join(ROOT, file), 'utf8');
      expect(checkedIn === text, `${file} differs from what ${SCHEMA_FILE} gives: run \`npm run codegen\``).toBe(true);
    }
  });

  it('follow the schema: a field added to Meeting is in both files', async () => {
    const sdl = schemaText().replace('type Meeting implements Node {', 'type Meeting implements Node {\n  "Test only."\n  addedByTheTest: Int');
    for (const { file, text } of await generatedFiles(sdl)) {
      expect(text, file).toMatch(/addedByTheTest: Maybe<Scalars\['Int'\]\['output'\]>/);
    }
  });

  it('give the server the values the graph stores and the browser the names the API sends', async () => {
    const [server, browser] = (await generatedFiles()).map((f) => f.text);
    expect(server).toMatch(/IN_PERSON: 'in_person'/);
    expect(browser).toMatch(/\| 'IN_PERSON'/);
    expect(browser).not.toContain('in_person');
  });
});
