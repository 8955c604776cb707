/**
 * Refuses any list over MAX_LIST_ITEMS items, in the variables or written in the document,
 * before anything runs: a filter of a million topics costs a million checks and a huge
 * query parameter otherwise. 500 is the largest page (`first`) and the most ids an argument needs.
 */
import { Kind, type ASTVisitor, type ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export const MAX_LIST_ITEMS = 500;

const refusal = (where: string, length: number) =>
  createGraphQLError(`${where}: a list may hold at most ${MAX_LIST_ITEMS} items, got ${length}`, {
    extensions: { code: 'BAD_USER_INPUT', field: where, http: { status: 400 } },
  });

/** The first list over the cap inside a variables value, with where it is. */
export function overlongList(value: unknown, where: string): { where: string; length: number } | null {
  const stack: Array<{ value: unknown; where: string }> = [{ value, where }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (Array.isArray(next.value)) {
      if (next.value.length > MAX_LIST_ITEMS) return { where: next.where, length: next.value.length };
      next.value.forEach((v, i) => stack.push({ value: v, where: `${next.where}[${i}]` }));
    } else if (next.value !== null && typeof next.value === 'object') {
      for (const [k, v] of Object.entries(next.value)) stack.push({ value: v, where: `${next.where}.${k}` });
    }
  }
  return null;
}

function listLiteralRule(context: ValidationContext): ASTVisitor {
  return {
    [Kind.LIST](node) {
      if (node.values.length > MAX_LIST_ITEMS) {
        context.reportError(refusal('list', node.values.length));
      }
    },
  };
}

export function useListCaps(): Plugin {
  return {
    onParams({ params }) {
      for (const [name, value] of Object.entries(params.variables ?? {})) {
        const long = overlongList(value, `$${name}`);
        if (long) throw refusal(long.where, long.length);
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(listLiteralRule);
    },
  };
}
