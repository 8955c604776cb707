/** The resolver map for schema/schema.graphql. */
import type { Resolvers } from '../generated/schema-types.js';
import { AnalysisQuery } from './analysis.js';
import { Mutation } from './mutation.js';
import { nodeTypes } from './nodes.js';
import { Query } from './query.js';
import { enums, types } from './types.js';

export const resolvers: Resolvers = { Query: { ...Query, ...AnalysisQuery }, Mutation, ...enums, ...types, ...nodeTypes };
