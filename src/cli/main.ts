#!/usr/bin/env -S node --no-regexp-tier-up --interrupt-budget=1000000
/**
 * Entry point of the `press-facts` binary: the only place that calls process.exit.
 *
 * --no-regexp-tier-up: the date and entity patterns are long alternations. V8 first runs a regular
 * expression in its bytecode interpreter and compiles it to machine code only after some runs, which
 * costs a short run about 0.2 s; compiling each pattern on its first run avoids that. (Set on the
 * command line: changing V8 flags after start-up, with v8.setFlagsFromString, made things slower.)
 *
 * --interrupt-budget=1000000 (V8's default is 135168): a function runs about seven times longer in the
 * interpreter and baseline code before TurboFan optimizes it. The entity rules are large functions with
 * many rarely taken branches; optimized early, they met a branch or an object shape their feedback had
 * not seen, were deoptimized and compiled again — on 800 releases about 400 optimizations and 166
 * deoptimizations, `classify` alone compiled 7 times at about 280 ms each (`--trace-opt --trace-deopt`).
 * That compiling ran on the other core, so one thread kept about 1.4 cores busy, and on two workers it
 * took cores from extraction. With the later tier-up the worker threads are about a tenth faster
 * (bench/run.ts; one thread and start-up unchanged). Worker threads share the process's V8 flags.
 */
import { run } from './run.js';

const code = await run(process.argv.slice(2));
process.exitCode = code;
