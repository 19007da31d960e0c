/** Property tests over generated and hostile input: never an exception, always a valid record with valid spans. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSync } from '../src/pipeline.js';
import { htmlToDocument } from '../src/ingest/html.js';
import { InputError, decodeBytes } from '../src/ingest/decode.js';
import { RecordSchema } from '../src/schema/record.js';
import { alternation } from '../src/extract/dates/words.js';

function checkSpans(text: string, r: ReturnType<typeof extractSync>) {
  const spans = [
    ...r.people.flatMap((p) => p.mentions),
    ...r.organizations.flatMap((o) => o.mentions),
    ...r.places.flatMap((p) => p.mentions),
    ...r.dates,
    ...r.quotes,
    ...r.money,
  ];
  for (const s of spans) {
    expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom('Riga', 'Latvia', 'Ministry', 'of', 'Dr.', 'Jane', 'Doe', ',', '.', '"', '“', '”', '9', 'July', '2024', '\n', '\n\n', '\u200b', '\u202e', '\u0000', '\ud800', 'said', 'CEO', '(UNIDIR)', 'Inc.', '–', '$', '€5', '@', 'x@y.lv'), { maxLength: 120 }).map((a) => a.join(' ')),
);

describe('hostile input', () => {
  it('every text gives a schema-valid record with exact spans', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const r = extractSync({ id: 'p', text });
        expect(RecordSchema.safeParse(r).success).toBe(true);
        expect(r.text).toBe(text);
        checkSpans(text, r);
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('HTML parsing survives unclosed and deeply nested markup', () => {
    const deep = '<div>'.repeat(5000) + 'Riga, 9 July 2024 – text' + '<p><b><i>'.repeat(1000);
    const page = htmlToDocument(deep);
    expect(page.text).toContain('Riga, 9 July 2024');
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const doc = htmlToDocument(`<html><p>${s}<div><a href="${s}">${s}`);
        expect(typeof doc.text).toBe('string');
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('turns a document over its time budget into an error entry, and the batch goes on', async () => {
    const { extractAll } = await import('../src/index.js');
    const out = [];
    for await (const r of extractAll([{ id: 'slow', text: 'Riga, 9 July 2024. '.repeat(20000) }, { id: 'ok', text: 'Short release from Oslo.' }], { timeBudgetMs: 1 })) out.push(r);
    expect(out[0]).toMatchObject({ input: 'slow', code: 'time-budget' });
    expect(out.length).toBe(2);
  });

  it('random bytes become a text record or a clear input error, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        let text: string;
        try {
          text = decodeBytes(bytes).text;
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          return;
        }
        const r = extractSync({ id: 'b', text });
        expect(RecordSchema.safeParse(r).success).toBe(true);
        checkSpans(text, r);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('right-to-left text, emoji and combining marks keep exact spans', () => {
    const text = 'שלום Riga 🇱🇻 9 July 2024 — Jane Doe said “é́́ combining marks stay here” مرحبا Latvia.';
    const r = extractSync({ id: 'rtl', text });
    expect(RecordSchema.safeParse(r).success).toBe(true);
    checkSpans(text, r);
  });

  it('huge attribute values and external entities are harmless in HTML', () => {
    const page = htmlToDocument(`<!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1:9/secret">]><p title="${'x'.repeat(2_000_000)}">Riga &e; news</p>`);
    expect(page.text).toBe('Riga &e; news');
  });

  it('handles a single very long line and many tiny paragraphs', () => {
    const long = 'Jane Doe of Acme Corp visited Riga on 9 July 2024. '.repeat(100000); // a single 5 MB line
    const r = extractSync({ id: 'long', text: long });
    expect(r.people[0].name).toBe('Jane Doe');
    const tiny = Array.from({ length: 10000 }, (_, i) => `P${i}.`).join('\n\n');
    const t = extractSync({ id: 'tiny', text: tiny });
    expect(t.blocks.length).toBe(10000);
  });
});

describe('alternation (the date patterns’ word lists as one regular expression)', () => {
  it('matches exactly the words it was given, whatever their letters', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ā', 'é', '.', '(', '|', '?', ' ', '\\', '𝔘'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(word, { maxLength: 30 }), (words, others) => {
        const re = new RegExp(`^(?:${alternation(words)})$`, 'u');
        for (const w of words) expect(re.test(w)).toBe(true);
        for (const w of others) expect(re.test(w)).toBe(words.includes(w));
      }),
    );
  });
});
