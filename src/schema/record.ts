/**
 * The record contract. These zod schemas are the single source of truth for
 * the TypeScript types, runtime validation, the JSON Schema (`press-facts schema`)
 * and the CSV columns (see `src/schema/columns.ts`).
 *
 * Every span is `[start, end)` in JavaScript string offsets (UTF-16 code units)
 * into `record.text`, so `record.text.slice(start, end)` is the mention.
 */
import * as z from './zod.js';

/** Semantic version of the record schema. Bump the major on breaking changes. */
export const SCHEMA_VERSION = '1.3.0';

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character, inclusive.'),
    end: z.number().int().nonnegative().describe('Offset after the last character, exclusive.'),
  })
  .describe('A [start, end) span into record.text.');

export const BlockKindSchema = z.enum([
  'headline',
  'dateline',
  'paragraph',
  'caption',
  'list-item',
  'heading',
  'about',
  'contact',
  'end-mark',
  'disclaimer',
]);

export const MentionSchema = SpanSchema.extend({
  text: z.string().describe('record.text.slice(start, end)'),
  block: BlockKindSchema.optional().describe('Kind of the block the mention is in (headline, paragraph, about, contact …), to filter boilerplate. Since 1.1.0.'),
});

export const BlockSchema = SpanSchema.extend({
  kind: BlockKindSchema,
  language: z.string().describe('ISO 639-1 code (639-3 where no 639-1 exists), or "und".'),
  confidence: z.number().min(0).max(1),
});

export const LanguageSchema = z.object({
  code: z.string().describe('Document language: ISO 639-1 where one exists, else ISO 639-3; "und" if unknown.'),
  confidence: z.number().min(0).max(1),
});

export const RoleSchema = z.object({
  title: z.string(),
  organization: z.string().optional(),
  start: z.number().int().nonnegative().describe('Span of the title as written.'),
  end: z.number().int().nonnegative(),
});

const blockKinds = () => z.array(BlockKindSchema).optional().describe('Kinds of the blocks the entity is mentioned in, sorted. Since 1.1.0.');

export const PersonSchema = z.object({
  name: z.string(),
  mentions: z.array(MentionSchema).min(1),
  blockKinds: blockKinds(),
  roles: z.array(RoleSchema),
});

export const OrganizationSchema = z.object({
  name: z.string(),
  acronym: z.string().optional(),
  mentions: z.array(MentionSchema).min(1),
  blockKinds: blockKinds(),
});

export const PlaceSchema = z.object({
  name: z.string(),
  countryCode: z.string().length(2).optional().describe('ISO 3166-1 alpha-2 code when the place is a country.'),
  mentions: z.array(MentionSchema).min(1),
  blockKinds: blockKinds(),
});

export const DateSchema = MentionSchema.extend({
  type: z.enum(['date', 'time', 'duration', 'set']),
  value: z
    .string()
    .describe('TIMEX3 value at the expression\'s own granularity: 2024-07-09, 2024-07, 2024, 2024-Q1, 2024-W28, 2026/2027, P2Y, PRESENT_REF; "XXXX-06-20" when unresolved.'),
  mod: z
    .enum(['START', 'MID', 'END'])
    .optional()
    .describe('TIMEX3 mod: the part of the period meant, as in "early 2024" (START), "mid-July" (MID), "the end of the month" (END).'),
  period: z
    .string()
    .optional()
    .describe('For a duration counted from the reference date ("the last two years", "the next three months"): the whole days, weeks, months or years it covers, as a TIMEX3 value or range: 2022/2023, 2024-08/2024-10, 2024-W29. The reference\'s own unit is not part of it.'),
  role: z.enum(['published', 'event', 'other']),
  resolved: z.boolean().describe('false when the value depends on a reference date that was not known.'),
});

export const QuoteSchema = MentionSchema.extend({
  speaker: z.string().optional().describe('Name of the person the quote is attributed to.'),
});

export const ContactValueSchema = SpanSchema.extend({
  value: z
    .string()
    .describe('Normalized value: lower-cased e-mail; phone in E.164 (+37167876000) when its country is known, else its digits; URL; lower-cased @handle.'),
});

export const ContactsSchema = z.object({
  emails: z.array(ContactValueSchema),
  phones: z.array(ContactValueSchema),
  urls: z.array(ContactValueSchema),
  handles: z.array(ContactValueSchema).optional().describe('Social media handles (@name). Since 1.1.0; always present in records press-facts 1.1 writes.'),
});

export const MoneySchema = MentionSchema.extend({
  amount: z.number().nullable(),
  currency: z.string().describe('ISO 4217 code where known.'),
});

export const DiagnosticSchema = z.object({
  code: z.string(),
  stage: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

export const SourceSchema = z.object({
  path: z.string().optional(),
  url: z.string().optional(),
  line: z.number().int().positive().optional().describe('Line number within a JSONL archive.'),
  format: z.enum(['text', 'html', 'markdown', 'jsonl', 'pdf']).describe('pdf since 1.1.0'),
  encoding: z.string().optional().describe('How the input bytes were decoded (utf-8, utf-16le, windows-1257 …), when press-facts read them. Since 1.1.0.'),
});

export const DatelineSchema = SpanSchema.extend({
  place: z.string().nullable(),
  date: z.string().nullable().describe('ISO date stated in the dateline.'),
});

export const RecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().min(1),
    source: SourceSchema,
    text: z.string().describe('The plain text every span indexes.'),
    title: z.string().nullable(),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    publishedAtSource: z.enum(['input', 'html-meta', 'text', 'option']).nullable(),
    referenceDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .describe('The date relative expressions were resolved against.'),
    dateline: DatelineSchema.nullable(),
    language: LanguageSchema,
    blocks: z.array(BlockSchema),
    people: z.array(PersonSchema),
    organizations: z.array(OrganizationSchema),
    places: z.array(PlaceSchema),
    dates: z.array(DateSchema),
    quotes: z.array(QuoteSchema),
    contacts: ContactsSchema,
    money: z.array(MoneySchema),
    warnings: z.array(DiagnosticSchema),
  })
  .superRefine((record, ctx) => {
    // Every span must lie inside record.text, and stated mention texts must match.
    const n = record.text.length;
    const check = (span: { start: number; end: number; text?: string }, path: (string | number)[]) => {
      if (span.start > span.end || span.end > n) {
        ctx.addIssue({ code: 'custom', path, message: `span [${span.start}, ${span.end}) outside text of length ${n}` });
      } else if (span.text !== undefined && record.text.slice(span.start, span.end) !== span.text) {
        ctx.addIssue({ code: 'custom', path, message: 'mention text does not match text.slice(start, end)' });
      }
    };
    record.blocks.forEach((b, i) => check(b, ['blocks', i]));
    for (const kind of ['people', 'organizations', 'places'] as const) {
      record[kind].forEach((e, i) => e.mentions.forEach((m, j) => check(m, [kind, i, 'mentions', j])));
    }
    record.people.forEach((p, i) => p.roles.forEach((r, j) => check(r, ['people', i, 'roles', j])));
    record.dates.forEach((d, i) => check(d, ['dates', i]));
    record.quotes.forEach((q, i) => check(q, ['quotes', i]));
    record.money.forEach((m, i) => check(m, ['money', i]));
    for (const kind of ['emails', 'phones', 'urls', 'handles'] as const) {
      (record.contacts[kind] ?? []).forEach((c, i) => check(c, ['contacts', kind, i]));
    }
    if (record.dateline) check(record.dateline, ['dateline']);
  });

export const ExtractionErrorSchema = z.object({
  input: z.string().describe('Path, "stdin", or path:line for a JSONL archive line.'),
  line: z.number().int().positive().optional(),
  code: z.string(),
  reason: z.string(),
});

export type Span = z.infer<typeof SpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type BlockKind = z.infer<typeof BlockKindSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type DateMention = z.infer<typeof DateSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type ContactValue = z.infer<typeof ContactValueSchema>;
export type Contacts = z.infer<typeof ContactsSchema>;
export type Money = z.infer<typeof MoneySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type PressRecord = z.infer<typeof RecordSchema>;
export type ExtractionError = z.infer<typeof ExtractionErrorSchema>;

/** JSON Schema (draft 2020-12) of a record, generated from the zod schema. */
export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RecordSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: `https://press-facts.dev/schema/record-${SCHEMA_VERSION}.json`, title: 'PressRecord', ...schema };
}

/** True when the value is an error entry rather than a record. */
export function isExtractionError(value: PressRecord | ExtractionError): value is ExtractionError {
  return (value as ExtractionError).reason !== undefined && (value as PressRecord).schemaVersion === undefined;
}
