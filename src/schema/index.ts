/** The record schema alone (`press-facts/schema`): zod schemas, types, JSON Schema, CSV columns. */
export * from './record.js';
export * from './columns.js';
