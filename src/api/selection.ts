/**
 * Resolvers look ahead at the selection to fetch only what a query shows (evidence costs an
 * article lookup per claim).
 *
 * Only the AST is read (plain objects), never graphql-js type classes: graphql ships as
 * both CommonJS and ESM, and a class check across the two copies would fail.
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Whether any of `names` is selected anywhere below the resolved field (fragments included). */
export function selectsAny(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const wanted = new Set(names);
  const visit = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set || depth > 12) return false;
    return set.selections.some((sel) => {
      if (sel.kind === 'Field') return wanted.has(sel.name.value) || visit(sel.selectionSet, depth + 1);
      if (sel.kind === 'InlineFragment') return visit(sel.selectionSet, depth + 1);
      return visit(info.fragments[sel.name.value]?.selectionSet, depth + 1);
    });
  };
  return info.fieldNodes.some((node) => visit(node.selectionSet, 0));
}
