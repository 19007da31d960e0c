/**
 * Build step (`npm run build`, after tsc): bundle zod into one module, and the
 * CLI and the worker each into one file (start-up: one file to compile, not a
 * few hundred to resolve). The native and large dependencies stay outside.
 */
import { build } from 'esbuild';

const common = { bundle: true, format: 'esm', platform: 'node', allowOverwrite: true, logLevel: 'warning' } as const;

await build({ ...common, entryPoints: ['dist/schema/zod.js'], outfile: 'dist/schema/zod.js' });
await build({
  ...common,
  entryPoints: ['dist/cli/main.js', 'dist/parallel/worker.js'],
  outbase: 'dist',
  outdir: 'dist',
  external: ['better-sqlite3', 'pg', 'pg-copy-streams', 'compromise', 'pdfjs-dist'],
});
