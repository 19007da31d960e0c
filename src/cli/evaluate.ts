/** `press-facts evaluate <gold...>`: print scores as a table (or JSON with --json). */
import { parseArgs } from 'node:util';
import { type EvaluationReport, evaluate } from '../evaluate/index.js';
import type { CliIO } from './run.js';

const pad = (s: string | number, n: number) => String(s).padStart(n);

function table(rows: [string, { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }][]): string {
  const lines = [`${''.padEnd(10)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}${pad('tp', 7)}${pad('fp', 7)}${pad('fn', 7)}`];
  for (const [name, r] of rows) lines.push(`${name.padEnd(10)}${pad(r.precision.toFixed(1), 7)}${pad(r.recall.toFixed(1), 7)}${pad(r.f1.toFixed(1), 7)}${pad(r.tp, 7)}${pad(r.fp, 7)}${pad(r.fn, 7)}`);
  return lines.join('\n');
}

export function formatReport(r: EvaluationReport): string {
  const out: string[] = [`== ${r.target} (${r.kind})`];
  if (r.kind === 'conll' || r.kind === 'wikiann' || r.kind === 'fullstack') {
    const types = ['PER', 'ORG', 'LOC', 'micro'] as const;
    out.push(`${r.documents} documents in ${r.seconds} s`);
    out.push('exact spans:', table(types.map((t) => [t, r.exact[t]])));
    out.push('overlapping spans:', table(types.map((t) => [t, r.overlap[t]])));
    out.push('document level (distinct names):', table(types.map((t) => [t, r.documentLevel[t]])));
    out.push('most frequent errors:', ...r.errors.map((e) => `${pad(e.count, 5)}  ${e.kind.padEnd(10)} ${e.type.padEnd(8)} ${e.text}`));
  } else if (r.kind === 'timeml') {
    out.push(`${r.documents} documents, ${r.gold} gold DATE/TIME expressions, ${r.predicted} predicted`);
    out.push(table([['strict', r.strict], ['relaxed', r.relaxed], ['value', r.value]]));
    out.push('most frequent errors:', ...r.errors.map((e) => `${pad((e as { count?: number }).count ?? 1, 5)}  ${e.kind.padEnd(12)} ${e.text}  gold=${e.gold ?? '-'} got=${e.predicted ?? '-'}`));
  } else if (r.kind === 'duckling') {
    out.push(`date-level phrases: ${r.correct}/${r.phrases} right (${r.accuracy} %); negatives taken as dates: ${r.negativesTaken}/${r.negatives}`);
    out.push('errors:', ...r.errors.map((e) => `  ${e.text}  expected=${e.expected} got=${e.got ?? '-'}`));
  } else if (r.kind === 'langid') {
    out.push(`${r.languages} languages; not among the default candidates (always wrong with default settings): ${r.notInDefaults.join(' ') || '-'}`);
    out.push(`${'kind'.padEnd(14)}${pad('texts', 7)}${pad('right %', 9)}${pad('und %', 7)}${pad('defaults %', 12)}${pad('texts/s', 9)}`);
    for (const k of r.kinds) out.push(`${k.kind.padEnd(14)}${pad(k.texts, 7)}${pad(k.accuracy, 9)}${pad(k.undetermined, 7)}${pad(k.accuracyDefaultLanguages, 12)}${pad(k.textsPerSecond, 9)}`);
    for (const k of r.kinds) out.push(`worst (${k.kind}): ${k.worst.map(([l, a, w]) => `${l} ${a}% (→${w})`).join(', ')}`);
  } else if (r.kind === 'gold') {
    out.push(`${r.documents} annotated releases in ${r.seconds} s, document level (each gold entity found by any of its names):`);
    out.push(table([['person', r.person], ['org', r.organization], ['place', r.place], ['micro', r.micro], ['roles', r.roles]]));
    out.push('errors:', ...r.errors.map((e) => `  ${e.error.padEnd(10)} ${e.kind.padEnd(12)} ${e.text}  [${e.document}]`));
  } else if (r.kind === 'release-index') {
    const pct = (s: { right: number; of: number; percent: number }) => `${s.percent} % (${s.right}/${s.of})`;
    out.push(`${r.documents} releases in ${r.seconds} s`);
    out.push(`title = index title:            ${pct(r.title)}`);
    out.push(`dateline date = index date:     ${pct(r.datelineDate)}`);
    out.push(`publishedAt = index date:       ${pct(r.publishedAt)}`);
    out.push('misses:', ...r.misses.map((m) => `  ${m.field.padEnd(12)} ${m.input}  expected=${m.expected} got=${m.got ?? '-'}`));
  } else if (r.kind === 'dated-releases') {
    const pct = (s: { right: number; of: number; percent: number }) => `${s.percent} % (${s.right}/${s.of})`;
    out.push(`${r.documents} releases in ${r.seconds} s; ${r.statingDate} state their archive date in the text`);
    out.push(`publishedAt = archive date (stating):  ${pct(r.publishedAt)}`);
    out.push(`reference date = archive date:         ${pct(r.referenceDate)}`);
    out.push(`publishedAt = archive date (all):      ${pct(r.publishedAtAll)}`);
    out.push('misses:', ...r.misses.map((m) => `  ${m.input}  expected=${m.expected} got=${m.got ?? '-'}`));
  }
  return `${out.join('\n')}\n`;
}

export async function evaluateCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, errors: { type: 'string' }, limit: { type: 'string' }, 'forward-dates': { type: 'boolean' } },
  });
  if (positionals.length === 0) throw Object.assign(new Error('evaluate needs gold data: a CoNLL or WikiANN file, .tml files or folders, or the Duckling JSONL'), { usage: true });
  const options = {
    topErrors: values.errors ? Number(values.errors) : 25,
    ...(values.limit ? { limit: Number(values.limit) } : {}),
    ...(values['forward-dates'] ? { forwardDates: true } : {}),
  };
  const reports: EvaluationReport[] = [];
  for (const p of positionals) reports.push(await evaluate(p, options));
  await io.stdout(values.json ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(formatReport).join('\n'));
  return 0;
}
