/** The resolver map for schema/schema.graphql. */
import { Mutation } from './mutation.js';
import { nodeTypes } from './nodes.js';
import { Query } from './query.js';
import { enums, types } from './types.js';

export const resolvers = { Query, Mutation, ...enums, ...types, ...nodeTypes };
