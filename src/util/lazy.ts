/**
 * Libraries that only some runs need, loaded synchronously on first use from
 * their CommonJS builds, so that every other run starts faster: a text-only
 * run never pays for the HTML parser, the phone-number metadata, the legacy
 * encoding tables or the glob matcher.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter that requires `name` the first time it is called and returns the same module afterwards. */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
