/**
 * Executes each operation through graphql-jit, compiled once per document: a graph answer
 * has some 3,000 fields, and graphql-js resolving them one by one was a tenth of the
 * server's CPU under the meetings and graph benchmarks.
 *
 * Compiled operations report an error's `locations` without the AST nodes behind them,
 * and graphql-yoga rebuilds every error from its nodes or source positions when it writes
 * the answer, which would drop them. So errors get their source positions back here.
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { GraphQLError, Source } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Offset in the source of a 1-based line and column. */
function offsetOf(body: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = body.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + column - 1;
}

function positioned(error: GraphQLError, source: Source): GraphQLError {
  if (error.nodes?.length || error.positions?.length || !error.locations?.length) return error;
  return createGraphQLError(error.message, {
    source,
    positions: error.locations.map((l) => offsetOf(source.body, l.line, l.column)),
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}

function useErrorPositions(): Plugin {
  return {
    onExecute({ args }) {
      const source = args.document.loc?.source;
      if (!source) return undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.length) return;
          setResult({ ...result, errors: result.errors.map((e) => positioned(e, source)) });
        },
      };
    },
  };
}

export function useCompiledExecution(): Plugin[] {
  return [useGraphQlJit() as Plugin, useErrorPositions()];
}
