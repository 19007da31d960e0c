#!/usr/bin/env -S node --no-regexp-tier-up
/**
 * Entry point of the `press-facts` binary: the only place that calls process.exit.
 *
 * --no-regexp-tier-up: the date and entity patterns are long alternations. V8 first runs a regular
 * expression in its bytecode interpreter and compiles it to machine code only after some runs, which
 * costs a short run about 0.2 s; compiling each pattern on its first run avoids that. (Set on the
 * command line: changing V8 flags after start-up, with v8.setFlagsFromString, made things slower.)
 */
import { run } from './run.js';

const code = await run(process.argv.slice(2));
process.exitCode = code;
