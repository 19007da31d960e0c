/**
 * The command-line interface, as a function: `run(argv, io)` returns the exit
 * code (0 every input gave a record, 1 some inputs failed, 2 usage error).
 * Only `main.ts` calls process.exit.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { type Format, type Sink, fanOut, fileSink, folderSink, stdoutSink, writeErrors } from '../export/index.js';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractItems } from '../pipeline.js';
import { measureInputs, readSources } from '../ingest/sources.js';
import { inputId } from '../ingest/index.js';
import { Progress } from './progress.js';
import { extractInWorkers } from '../parallel/pool.js';
import { type DatabaseSink, databaseSink, parseTarget } from '../sql/sink.js';
import { type ExtractionError, type PressRecord, SCHEMA_VERSION, isExtractionError, recordJsonSchema } from '../schema/record.js';

/** The JSONL file a --resume run reads back: the output itself, or records.jsonl in an output folder. */
function resumeSource(out: string): string | null {
  if (formatFromExtension(out) === 'jsonl') return out;
  if ((existsSync(out) && statSync(out).isDirectory()) || !path.extname(out)) return path.join(out, 'records.jsonl');
  return null;
}

export interface CliIO {
  /** May return a promise to apply back-pressure. */
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void;
  stdin?: NodeJS.ReadableStream;
  /** Is stderr a terminal (progress redrawn in place)? */
  isTTY?: boolean;
  /** Cores extraction may use when --jobs is not given (the binary: the machine's; callers in process: one, unless they say). */
  cores?: number;
}

const defaultIO: CliIO = {
  stdout: (s) =>
    process.stdout.write(s) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY,
  cores: availableParallelism(),
};

/**
 * From this many documents (or, when a JSONL archive hides the count, bytes) on, extraction without --jobs runs on
 * every core: below it, starting the workers (each loads the pipeline, about 0.5 s) costs more than they save.
 */
const AUTO_JOBS_DOCUMENTS = 100;
const AUTO_JOBS_BYTES = 1_000_000;
/** Most worker threads chosen without --jobs. */
const AUTO_JOBS_MAX = 8;

class UsageError extends Error {}

/** Error lines printed on stderr before the rest are only counted (all go to --errors FILE). */
const MAX_ERROR_LINES = 20;

const HELP = `press-facts — turn press releases into structured, validated fact records

Usage:
  press-facts extract <inputs...> [options]   extract records from files, folders, globs or - (stdin)
  press-facts schema [--sql sqlite|postgres]  print the JSON Schema of a record, or the SQL tables (DDL)
  press-facts evaluate <gold...> [--json]     score against gold data: CoNLL-2003, WikiANN, TimeML (.tml), Duckling JSONL
                                              (--forward-dates: dates as extract --forward-dates reads them)
  press-facts --help | --version

extract options:
  --format json|jsonl|csv|entities-csv   output format (default: jsonl on stdout; from the extension for --out FILE)
  --out FILE|DIR                         write to FILE, or to DIR as records.json, records.jsonl, records.csv, entities.csv
  --to sqlite:FILE | postgres://URL      load records and errors into a database (tables: press-facts schema --sql);
                                         records are replaced by id, so loading twice never duplicates
  --reference-date YYYY-MM-DD            resolve relative dates against this date when a document states none
  --forward-dates                        a date with no tense to go by ("Monday", "October 6") is the coming one,
                                         as in event listings (default: the nearest, or as the sentence's tense says)
  --languages en,lv,de                   candidate languages for detection (default: a broad European set)
  --errors FILE                          also write error entries to FILE (JSONL)
  --max-bytes N                          largest input accepted, in bytes (default 52428800)
  --max-line-bytes N                     longest JSONL line accepted, in bytes (default: --max-bytes)
  --time-budget MS                       time allowed per document (default 60000); slower ones become errors
  --jobs N                               extract on N worker threads (default: every core for 100 documents or more, 1 MB of JSONL, or a glob; else 1); output is the same for any N
  --no-csv-safe                          do not neutralize spreadsheet formulas in CSV cells
  --resume                               complete an earlier (interrupted) run: keep the records in --out
                                         (or in the --to database), skip their inputs
  --quiet                                no progress and no summary line

Inputs: .txt .md .html .htm .pdf .jsonl .ndjson files; folders are walked recursively.
JSONL lines: {"id"?, "text"? | "html"? | "markdown"?, "title"?, "url"?, "publishedAt"?, "language"?}.
Exit codes: 0 every input gave a record; 1 some inputs failed; 2 usage error; 3 fatal (e.g. database unreachable);
130 interrupted (the output is valid up to there).
`;

async function version(): Promise<string> {
  const pkgPath = new URL('../../package.json', import.meta.url);
  const pkg = JSON.parse(await readFile(pkgPath, 'utf8')) as { version: string };
  return pkg.version;
}

function formatFromExtension(file: string): Format | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return path.basename(file).toLowerCase().startsWith('entities') ? 'entities-csv' : 'csv';
  return null;
}

const FORMATS = new Set(['json', 'jsonl', 'csv', 'entities-csv']);

/** A failure to open an output (e.g. a database that cannot be reached): exit code 3, no stack trace. */
class OutputError extends Error {}

async function openDatabase(to: string): Promise<DatabaseSink> {
  if (!parseTarget(to)) throw new UsageError(`cannot tell the database of --to "${to}": use sqlite:FILE or postgres://…`);
  try {
    return await databaseSink(to);
  } catch (e) {
    throw new OutputError(`cannot open database ${redact(to)}: ${(e as Error).message}`);
  }
}

/** A connection URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/i, '$1***@');
}

async function openSink(out: string | undefined, format: string | undefined, csvSafe: boolean, io: CliIO): Promise<Sink> {
  if (format && !FORMATS.has(format)) throw new UsageError(`unknown --format "${format}" (json, jsonl, csv, entities-csv)`);
  if (!out) return stdoutSink((format as Format) ?? 'jsonl', { csvSafe }, io.stdout);
  const isDir = (existsSync(out) && statSync(out).isDirectory()) || out.endsWith('/') || (!path.extname(out) && !format);
  if (isDir) {
    if (format) throw new UsageError('--format chooses one file; with --out DIR all four files are written');
    return folderSink(out, { csvSafe });
  }
  const f = (format as Format) ?? formatFromExtension(out);
  if (!f) throw new UsageError(`cannot tell the format of "${out}": add --format`);
  return fileSink(out, f, { csvSafe });
}

/** What a worker needs of the options (no streams). */
function workerOptions(o: { referenceDate?: string; forwardDates?: boolean; languages?: string[]; timeBudgetMs?: number }) {
  return { referenceDate: o.referenceDate, forwardDates: o.forwardDates, languages: o.languages, timeBudgetMs: o.timeBudgetMs };
}

async function extractCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'reference-date': { type: 'string' },
      'forward-dates': { type: 'boolean' },
      languages: { type: 'string' },
      errors: { type: 'string' },
      'max-bytes': { type: 'string' },
      'max-line-bytes': { type: 'string' },
      'time-budget': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'no-csv-safe': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      resume: { type: 'boolean' },
      to: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('extract needs at least one input (file, folder, glob or -)');
  const ref = values['reference-date'];
  if (ref !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(ref)) throw new UsageError(`--reference-date must be YYYY-MM-DD, got "${ref}"`);
  const maxBytes = values['max-bytes'] !== undefined ? Number(values['max-bytes']) : undefined;
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) throw new UsageError('--max-bytes must be a positive integer');
  const maxLineBytes = values['max-line-bytes'] !== undefined ? Number(values['max-line-bytes']) : undefined;
  if (maxLineBytes !== undefined && !(Number.isInteger(maxLineBytes) && maxLineBytes > 0)) throw new UsageError('--max-line-bytes must be a positive integer');
  const budget = values['time-budget'] !== undefined ? Number(values['time-budget']) : undefined;
  if (budget !== undefined && !(Number.isFinite(budget) && budget > 0)) throw new UsageError('--time-budget must be a positive number of milliseconds');
  const askedJobs = values.jobs !== undefined ? Number(values.jobs) : undefined;
  if (askedJobs !== undefined && !(Number.isInteger(askedJobs) && askedJobs >= 1 && askedJobs <= 64)) throw new UsageError('--jobs must be a whole number from 1 to 64');
  if (values.resume && !values.out && !values.to) throw new UsageError('--resume needs --out or --to: the output to complete');
  if (values.to && values.format && !values.out) throw new UsageError('--format applies to --out or standard output, not to --to');
  // With --to alone, records go only to the database; with --out as well, to both.
  const db = values.to ? await openDatabase(values.to) : null;
  let sink: Sink;
  try {
    const files = values.out || !db ? await openSink(values.out, values.format, !values['no-csv-safe'], io) : null;
    sink = files && db ? fanOut([files, db]) : (files ?? db)!;
  } catch (e) {
    await db?.abort();
    throw e;
  }
  const started = process.hrtime.bigint();
  const errors: ExtractionError[] = [];
  let records = 0;
  let kept = 0;
  let skipped = 0;
  let aborted = false;
  let jobs = 1;
  const onSignal = () => {
    aborted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // --resume: the records already in the output are carried over, and their inputs skipped.
    const done = new Set<string>();
    if (values.resume && !values.out && db) {
      for (const id of await db.ids()) done.add(id);
      kept = done.size;
    } else if (values.resume) {
      const previous = resumeSource(values.out!);
      if (previous === null) throw new UsageError('--resume works with a JSONL file or an output folder (records.jsonl)');
      if (existsSync(previous)) {
        for await (const line of createInterface({ input: createReadStream(previous), crlfDelay: Infinity })) {
          if (!line.trim()) continue;
          const record = JSON.parse(line) as PressRecord;
          done.add(record.id);
          await sink.write(record);
          kept++;
        }
      }
    }
    const options = {
      ...(ref ? { referenceDate: ref } : {}),
      ...(values['forward-dates'] ? { forwardDates: true } : {}),
      ...(values.languages ? { languages: values.languages.split(',').map((x) => x.trim()).filter(Boolean) } : {}),
      ...(maxBytes ? { maxBytes } : {}),
      ...(maxLineBytes ? { maxLineBytes } : {}),
      ...(budget ? { timeBudgetMs: budget } : {}),
      ...(io.stdin ? { stdin: io.stdin } : {}),
    };
    async function* pending() {
      for await (const item of readSources(positionals, options)) {
        const id = item.ok ? inputId(item.input) : undefined;
        if (id !== undefined && done.has(id)) {
          skipped++;
          continue;
        }
        yield item;
      }
    }
    const cores = Math.min(io.cores ?? 1, AUTO_JOBS_MAX);
    const auto = askedJobs === undefined && cores > 1;
    const measured = positionals.includes('-') || (values.quiet && !auto) ? null : await measureInputs(positionals);
    const total = values.quiet ? null : (measured?.documents ?? null);
    // Without --jobs: every core for an archive (100 releases or more, a JSONL archive of 1 MB or more, a glob),
    // one thread for a release or a few and for standard input, where workers would only add their start-up.
    // (With JSONL, the count is unknown: 1 MB of JSONL is some 300 releases.)
    const archive = measured !== null && (measured.documents !== null ? measured.documents >= AUTO_JOBS_DOCUMENTS : measured.bytes === null || measured.bytes >= AUTO_JOBS_BYTES);
    jobs = askedJobs ?? (auto && archive ? cores : 1);
    const progress = values.quiet ? null : new Progress(io.stderr, Boolean(io.isTTY), total === null ? null : total - done.size);
    const stream = jobs > 1 ? extractInWorkers(pending(), workerOptions(options), jobs) : extractItems(pending(), options);
    for await (const item of stream) {
      if (isExtractionError(item as PressRecord | ExtractionError)) {
        const e = item as ExtractionError;
        errors.push(e);
        await sink.error?.(e);
        progress?.end();
        if (errors.length <= MAX_ERROR_LINES) io.stderr(`press-facts: error: ${e.input}: ${e.reason} [${e.code}]\n`);
        progress?.tick(null);
      } else {
        records++;
        await sink.write(item as PressRecord);
        progress?.tick((item as PressRecord).text.length);
      }
      if (aborted) break;
    }
    progress?.end();
  } catch (e) {
    await sink.abort();
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  // Interrupted or not, what was extracted is written as a complete, valid output.
  await sink.close();
  if (values.errors) await writeErrors(values.errors, errors);
  if (errors.length > MAX_ERROR_LINES) {
    io.stderr(`press-facts: … and ${errors.length - MAX_ERROR_LINES} more errors${values.errors ? ` (all in ${values.errors})` : ' (use --errors FILE to keep them all)'}\n`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (aborted) {
    io.stderr(`press-facts: interrupted after ${records} new records; the output is complete up to there — run again with --resume to finish\n`);
    return 130;
  }
  if (!values.quiet) {
    const resumed = values.resume ? ` (${kept} kept from the previous run, ${skipped} inputs skipped)` : '';
    io.stderr(`press-facts: ${records + errors.length} inputs, ${records} records, ${errors.length} errors in ${seconds.toFixed(2)} s${jobs > 1 ? ` on ${jobs} worker threads` : ''}${resumed}${[values.out, values.to && redact(values.to)].filter(Boolean).map((t) => ` → ${t}`).join('')}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}

async function schemaCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, allowPositionals: false, strict: true, options: { sql: { type: 'string' } } });
  if (values.sql !== undefined) {
    if (values.sql !== 'sqlite' && values.sql !== 'postgres') throw new UsageError(`--sql takes sqlite or postgres, got "${values.sql}"`);
    const { ddl } = await import('../sql/ddl.js');
    await io.stdout(ddl(values.sql));
    return 0;
  }
  await io.stdout(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
  return 0;
}

/** Run the CLI with `argv` (without node and script). Returns the exit code. */
export async function run(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${await version()} (schema ${SCHEMA_VERSION})\n`);
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP);
      return 0;
    }
    switch (command) {
      case 'extract':
        return await extractCommand(rest, io);
      case 'schema':
        return await schemaCommand(rest, io);
      case 'evaluate': {
        const { evaluateCommand } = await import('./evaluate.js');
        return await evaluateCommand(rest, io);
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { usage?: boolean }).usage || (e as { code?: string }).code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr(`press-facts: ${(e as Error).message}\nRun "press-facts --help" for usage.\n`);
      return 2;
    }
    if (e instanceof OutputError) {
      io.stderr(`press-facts: ${e.message}\n`);
      return 3;
    }
    io.stderr(`press-facts: fatal: ${(e as Error).stack ?? String(e)}\n`);
    return 3;
  }
}

export { UsageError };
