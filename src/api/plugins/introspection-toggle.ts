/**
 * Refuses introspection queries unless DKG_INTROSPECTION (on in development) allows them.
 * A rule of our own over the AST, like graphql's NoSchemaIntrospectionCustomRule, so no
 * graphql-js class crosses between its CommonJS and ESM copies.
 */
import type { ASTVisitor, FieldNode, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node: FieldNode) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        context.reportError(
          createGraphQLError(`Introspection is disabled on this server (field "${node.name.value}"); set DKG_INTROSPECTION=true to enable it.`, {
            nodes: [node],
            extensions: { code: 'INTROSPECTION_DISABLED' },
          }),
        );
      }
    },
  };
}

export function useIntrospectionToggle(enabled: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!enabled) addValidationRule(noIntrospection);
    },
  };
}
