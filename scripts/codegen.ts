/**
 * Types generated from the contract, schema/schema.graphql, by GraphQL Code Generator's core
 * and plugins (its CLI needs Node 22): for the server, the schema's types with enum values as
 * the graph stores them and the resolvers' signatures; for the browser, the schema's types as
 * the API sends them. `npm run codegen` writes both; a unit test
 * (tests/unit/api/generated-types.test.ts) fails while a checked-in file differs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { parse, type DocumentNode, type EnumTypeDefinitionNode } from 'graphql';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SCHEMA_FILE = 'schema/schema.graphql';

/** Enums whose values the graph stores in lower case (IN_PERSON is 'in_person'). */
const STORED_IN_LOWER_CASE = ['ArticleFormat', 'IngestOutcome', 'MeetingStatus', 'Modality', 'SettingKind', 'Side', 'TopicStatus'];

/** Store types that stand for a GraphQL type whose shape they do not have (counts per scope, lists read by field resolvers). */
const MAPPERS = {
  Bilateral: '../resolvers/query.js#BilateralResult',
  Country: '../../store/queries/country-details.js#CountryDetail',
  MeetingConnection: '../resolvers/connections.js#MeetingConnectionParent',
  Person: '../../store/queries/person-details.js#PersonDetail',
  Place: '../../store/queries/entity-details.js#PlaceDetail',
};

const COMMON = {
  useTypeImports: true,
  skipTypename: true,
  avoidOptionals: { field: true },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
  scalars: { ID: 'string' },
};

interface Target {
  file: string;
  plugins: Parameters<typeof codegen>[0]['pluginMap'];
  config: (schema: DocumentNode) => Record<string, unknown>;
}

const TARGETS: Target[] = [
  {
    file: 'src/api/generated/schema-types.ts',
    plugins: { typescript, typescriptResolvers },
    config: (schema) => ({
      ...COMMON,
      // Enums as objects of GraphQL name -> stored value: the resolver map graphql-tools reads.
      enumsAsConst: true,
      namingConvention: { enumValues: 'keep' },
      enumValues: storedValues(schema),
      contextType: '../context.js#ApiContext',
      mappers: MAPPERS,
      mapperTypeSuffix: 'Model',
    }),
  },
  {
    file: 'web/src/generated/schema-types.ts',
    plugins: { typescript },
    config: () => ({ ...COMMON, enumsAsTypes: true }),
  },
];

/** GraphQL value -> stored value of each enum the graph stores in lower case. */
function storedValues(schema: DocumentNode): Record<string, Record<string, string>> {
  const enums = schema.definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === 'EnumTypeDefinition');
  return Object.fromEntries(
    STORED_IN_LOWER_CASE.map((name) => {
      const found = enums.find((e) => e.name.value === name);
      if (!found) throw new Error(`${SCHEMA_FILE} has no enum ${name} (scripts/codegen.ts STORED_IN_LOWER_CASE)`);
      return [name, Object.fromEntries((found.values ?? []).map((v) => [v.name.value, v.name.value.toLowerCase()]))];
    }),
  );
}

const HEADER = `// Generated from ${SCHEMA_FILE} by scripts/codegen.ts: do not edit, run \`npm run codegen\`.\n`;

export function schemaText(): string {
  return readFileSync(path.join(ROOT, SCHEMA_FILE), 'utf8');
}

/** What each generated file must hold for this schema text. */
export async function generatedFiles(sdl = schemaText()): Promise<{ file: string; text: string }[]> {
  const schema = parse(sdl);
  return Promise.all(
    TARGETS.map(async (t) => ({
      file: t.file,
      text:
        HEADER +
        (await codegen({
          filename: t.file,
          schema,
          documents: [],
          config: t.config(schema),
          plugins: Object.keys(t.plugins).map((name) => ({ [name]: {} })),
          pluginMap: t.plugins,
        })),
    })),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  for (const { file, text } of await generatedFiles()) {
    mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
    writeFileSync(path.join(ROOT, file), text);
    console.log(`wrote ${file}`);
  }
}
