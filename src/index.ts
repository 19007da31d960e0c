/**
 * press-facts: press releases → validated fact records.
 * This file is the public API and nothing else.
 */
export { extract, extractAll, extractPaths, extractSync, STAGES } from './pipeline.js';
export type { ExtractOptions } from './pipeline.js';
export { detectLanguage, DEFAULT_LANGUAGES } from './language/index.js';
export { findDates } from './extract/dates/index.js';
export { readSources } from './ingest/sources.js';
export { evaluate } from './evaluate/index.js';
export type { EvaluationReport } from './evaluate/index.js';
export {
  RecordSchema,
  ExtractionErrorSchema,
  SCHEMA_VERSION,
  recordJsonSchema,
  isExtractionError,
} from './schema/record.js';
export type * from './schema/record.js';
export type { DocumentInput, PipelineOptions } from './doc.js';
export { RECORD_COLUMNS, ENTITY_COLUMNS, recordRow, entityRows, EntityRowSchema } from './schema/columns.js';
