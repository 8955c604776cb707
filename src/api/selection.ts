/**
 * Root resolvers fetch a node with its neighbour lists in one query. To size those lists
 * they look ahead at the selection: the largest `first` asked of a child field (aliases
 * included); the child's own resolver then slices to its own `first`.
 *
 * Only the AST is read (plain objects), never graphql-js type classes: graphql ships as
 * both CommonJS and ESM, and a class check across the two copies would fail.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode, ValueNode } from 'graphql';
import type { StatusScope } from '../store/queries/status-scope.js';

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!node) return null;
  if (node.kind === 'IntValue') return Number(node.value);
  if (node.kind === 'Variable') {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/** The child fields named `names` of the resolved field, through fragments (aliases included). */
function childFields(info: GraphQLResolveInfo, names: readonly string[]): FieldNode[] {
  const wanted = new Set(names);
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, depth: number): void => {
    if (!set || depth > 5) return;
    for (const sel of set.selections) {
      if (sel.kind === 'Field' && wanted.has(sel.name.value)) {
        found.push(sel);
      } else if (sel.kind === 'InlineFragment') {
        visit(sel.selectionSet, depth + 1);
      } else if (sel.kind === 'FragmentSpread') {
        visit(info.fragments[sel.name.value]?.selectionSet, depth + 1);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return found;
}

const argument = (field: FieldNode, name: string): ValueNode | undefined => field.arguments?.find((a) => a.name.value === name)?.value;

export function largestFirst(info: GraphQLResolveInfo, field: string, fallback: number): number {
  let largest = 0;
  for (const f of childFields(info, [field])) largest = Math.max(largest, intValue(argument(f, 'first'), info.variableValues) ?? fallback);
  return largest || fallback;
}

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

const SCOPES: readonly StatusScope[] = ['HELD', 'PLANNED', 'BOTH'];

function scopeValue(node: ValueNode | undefined, variables: Record<string, unknown>): StatusScope {
  const raw = node?.kind === 'EnumValue' ? node.value : node?.kind === 'Variable' ? variables[node.name.value] : undefined;
  // Absent or null: the argument's default, HELD (schema.graphql).
  return (SCOPES as readonly unknown[]).includes(raw) ? (raw as StatusScope) : 'HELD';
}

/**
 * The `status` scopes asked of any of these child fields (aliases and fragments included), so
 * a root resolver can fetch the lists of every one in its single query.
 */
export function scopesAsked(info: GraphQLResolveInfo, fields: readonly string[]): StatusScope[] {
  return [...new Set(childFields(info, fields).map((f) => scopeValue(argument(f, 'status'), info.variableValues)))];
}
