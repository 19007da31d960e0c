/** Database output (`press-facts/sql`): SQLite and PostgreSQL sinks, the tables, and their DDL. */
export { databaseSink, parseTarget } from './sink.js';
export type { DatabaseSink, DatabaseTarget } from './sink.js';
export { sqliteSink, openSqlite } from './sqlite.js';
export type { SqliteSinkOptions } from './sqlite.js';
export { postgresSink, connectPostgres } from './postgres.js';
export type { PostgresSinkOptions } from './postgres.js';
export { ddl, ddlStatements, DB_VERSION, VERSION_TABLE } from './ddl.js';
export type { Dialect } from './ddl.js';
export { TABLES, recordRows } from './tables.js';
export type { Table, Column, ColumnType } from './tables.js';
