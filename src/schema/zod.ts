/**
 * The part of zod press-facts uses, from one module. `npm run build` replaces
 * the compiled file with a tree-shaken esbuild bundle of exactly these exports
 * (about 190 KB in one file), because zod's package entry loads 95 files, 64
 * of them error-message locales: importing it took about 100 ms of the CLI's
 * start-up, the bundle about 25 ms. Types still come from the zod package.
 */
export { array, boolean, enum, literal, number, object, string, toJSONSchema } from 'zod';
export type { infer, ZodNumber, ZodObject, ZodType } from 'zod';
