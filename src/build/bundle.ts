/**
 * Build step (`npm run build`, after tsc): bundle zod into one module, and the
 * CLI and the worker each into one file (start-up: one file to compile, not a
 * few hundred to resolve). The native and large dependencies stay outside.
 *
 * franc builds a trigram dictionary for each of its 400-odd languages when it
 * is loaded (about 50 ms and 120,000 object properties at every start), while
 * press-facts asks about 70 of them. In the bundles, each dictionary is built
 * the first time franc reads it: the same dictionary, the same answers, later.
 */
import { readFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';

/** franc's loop over its models, as franc 6 writes it: each model's dictionary built at once. */
const EAGER = `        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams`;

/** The same dictionary, built on first read and kept. */
const LAZY = `        const source = languages[name]
        /** @type {Record<string, number> | undefined} */
        let trigrams
        Object.defineProperty(numericData[script], name, {
          enumerable: true,
          get() {
            if (trigrams) return trigrams
            const model = source.split('|')
            trigrams = {}
            let weight = model.length
            while (weight--) {
              trigrams[model[weight]] = weight
            }
            return trigrams
          }
        })`;

/** Rewrite franc's start-up loop; fail the build when franc's source no longer has it (a franc upgrade). */
const lazyFrancModels: Plugin = {
  name: 'lazy-franc-models',
  setup(b) {
    b.onLoad({ filter: /[\\/]franc[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(EAGER)) throw new Error(`${args.path}: franc's model loop has changed; update src/build/bundle.ts`);
      return { contents: source.replace(EAGER, LAZY), loader: 'js' };
    });
  },
};

const common = { bundle: true, format: 'esm', platform: 'node', allowOverwrite: true, logLevel: 'warning' } as const;

await build({ ...common, entryPoints: ['dist/schema/zod.js'], outfile: 'dist/schema/zod.js' });
await build({
  ...common,
  entryPoints: ['dist/cli/main.js', 'dist/parallel/worker.js'],
  outbase: 'dist',
  outdir: 'dist',
  external: ['better-sqlite3', 'pg', 'pg-copy-streams', 'compromise', 'pdfjs-dist'],
  plugins: [lazyFrancModels],
});
