/** Ingestion: formats, bad input as error entries, and accounting (inputs = records + errors). */
import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/ingest/decode.js';
import { htmlToDocument } from '../src/ingest/html.js';
import { markdownToDocument } from '../src/ingest/markdown.js';
import { extractPaths, isExtractionError, type ExtractionError, type PressRecord } from '../src/index.js';

async function collect(paths: string[], stdin?: string) {
  const out: (PressRecord | ExtractionError)[] = [];
  for await (const x of extractPaths(paths, stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin)]) } : {})) out.push(x);
  return out;
}

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'press-facts-'));
}

describe('decodeBytes', () => {
  it('drops a UTF-8 BOM and nothing else', () => {
    expect(decodeBytes(Buffer.from('\uFEFF  Hello\r\n', 'utf8')).text).toBe('  Hello\r\n');
  });
  it('reads UTF-16 with and without a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Rīga, Latvia', 'utf16le')]);
    expect(decodeBytes(le)).toEqual({ text: 'Rīga, Latvia', encoding: 'utf-16le', encodingSource: 'bom', replaced: 0 });
    expect(decodeBytes(Buffer.from('Plain ASCII text here', 'utf16le')).text).toBe('Plain ASCII text here');
  });
  it('refuses binary data and empty input', () => {
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]))).toThrow(/binary/);
    expect(() => decodeBytes(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0xc3]))).toThrow(/binary/);
    expect(() => decodeBytes(Buffer.alloc(0))).toThrow(/empty/);
  });

  it.each([
    ['lv', 'windows-1257', 'Rīgā, 2024. gada 9. jūlijā – Ārlietu ministrija šodien paziņoja, ka Latvijas un Igaunijas centri paraksta vienošanos. Ministrs uzsvēra sadarbības nozīmi.'],
    ['lt', 'windows-1257', 'Vilnius, 2024 m. liepos 9 d. – Užsienio reikalų ministerija šiandien pranešė, kad centrai pasirašė susitarimą dėl bendradarbiavimo.'],
    ['de', 'windows-1252', 'Leipzig, 9. Juli 2024 – Die Stadtwerke bauen den größten Batteriespeicher. Geschäftsführer Jürgen Hoffmann sagte, die Anlage werde für Überschüsse genutzt.'],
    ['fr', 'windows-1252', 'Paris, le 9 juillet 2024 – Le ministère des Affaires étrangères a annoncé une coopération renforcée. « Nous sommes très heureux », a déclaré la ministre.'],
    ['pl', 'windows-1250', 'Warszawa, 9 lipca 2024 – Ministerstwo Cyfryzacji ogłosiło, że użytkownicy będą mogli złożyć wniosek. Żaneta Łukaszewicz podkreśliła znaczenie współpracy.'],
    ['ru', 'windows-1251', 'Москва, 9 июля 2024 года – Министерство цифрового развития объявило о новой программе поддержки для малых предприятий и стартапов.'],
  ])('detects and decodes a legacy encoding (%s, %s)', (_lang, encoding, text) => {
    const d = decodeBytes(iconv.encode(text, encoding));
    expect(d).toMatchObject({ text, encoding, encodingSource: 'detected', replaced: 0 });
  });

  it('honours the charset an HTML page declares', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1257"></head><body><p>Ārlietu ministrija</p></body></html>';
    expect(decodeBytes(iconv.encode(page, 'windows-1257'), { html: true })).toMatchObject({ text: page, encoding: 'windows-1257', encodingSource: 'declared' });
  });

  it('replaces a few undecodable bytes in UTF-8 text and counts them', () => {
    const bytes = Buffer.concat([Buffer.from('Rīga – Ministrija ', 'utf8'), Buffer.from([0xff]), Buffer.from(' paziņoja', 'utf8')]);
    expect(decodeBytes(bytes)).toMatchObject({ text: 'Rīga – Ministrija \uFFFD paziņoja', encoding: 'utf-8', replaced: 1 });
  });
});

describe('HTML and Markdown', () => {
  it('keeps the article, drops navigation, scripts and cookie banners', () => {
    const page = htmlToDocument(`<html lang="lv"><head><title>Ziņa | Ministrija</title><meta property="article:published_time" content="2024-07-09T10:00:00Z"><script>var x = 1;</script></head>
      <body><nav>Home News</nav><div class="cookie-banner">We use cookies</div><main><article><h1>Heading here</h1><p>First paragraph &amp; more.</p><p>Second<br>line.</p></article></main><footer>© Site</footer></body></html>`);
    expect(page.text).toBe('Heading here\n\nFirst paragraph & more.\n\nSecond\nline.');
    expect(page.title).toBe('Heading here');
    expect(page.publishedAt).toBe('2024-07-09');
    expect(page.language).toBe('lv');
  });
  it('reads JSON-LD datePublished and falls back to <title> minus the site name', () => {
    const page = htmlToDocument('<title>Big news – Example Corp</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-01"}</script><p>Body text of the release goes here.</p>');
    expect(page.title).toBe('Big news');
    expect(page.publishedAt).toBe('2023-05-01');
  });
  it('turns Markdown into plain text with the H1 as title', () => {
    const md = markdownToDocument('# Title *here*\n\nA [link](http://x.example) and **bold**.\n\n- item one\n- item two\n');
    expect(md.title).toBe('Title here');
    expect(md.text).toBe('Title here\n\nA link and bold.\n\nitem one\n\nitem two');
  });
});

/** A one-page PDF whose content stream is `content` (offsets computed, so PDF.js reads it without repair). */
function tinyPdf(content: string): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('PDF', () => {
  it('reads the text layer page by page, pages as separate blocks', async () => {
    const [record] = (await collect(['fixtures/pl-port-offshore-wind.pdf'])) as PressRecord[];
    expect(record!.source).toEqual({ path: 'fixtures/pl-port-offshore-wind.pdf', format: 'pdf' });
    expect(record!.title).toBe('Port of Gdansk Opens Offshore Wind Terminal');
    expect(record!.dateline).toMatchObject({ place: 'GDANSK', date: '2025-10-14' });
    const pageBreak = record!.text.indexOf('\f');
    expect(pageBreak).toBeGreaterThan(0);
    // Lines of a paragraph are joined by single newlines; no block crosses the page break.
    expect(record!.text).toContain('opened a 38-hectare\nterminal');
    for (const b of record!.blocks) expect(b.start > pageBreak || b.end < pageBreak).toBe(true);
  });

  it('gives error entries for a PDF without text, a damaged PDF and a file that is no PDF', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a-text.pdf'), tinyPdf('BT /F1 12 Tf 72 720 Td (Riga, 9 July 2024 - The ministry opened an office.) Tj ET'));
    writeFileSync(path.join(dir, 'b-scan.pdf'), tinyPdf('0 0 1 rg 10 10 100 100 re f'));
    writeFileSync(path.join(dir, 'c-damaged.pdf'), Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog'));
    writeFileSync(path.join(dir, 'd-not.pdf'), 'Just text with a .pdf name.');
    const out = await collect([dir]);
    expect(out.map((x) => (isExtractionError(x) ? x.code : (x as PressRecord).text))).toEqual([
      'Riga, 9 July 2024 - The ministry opened an office.',
      'pdf-no-text',
      'pdf-unreadable',
      'pdf-unreadable',
    ]);
  });
});

describe('bad input never stops a batch', () => {
  it('gives an error entry per bad input and a record per good one', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a-good.txt'), 'Jane Doe, CEO of Acme Corp, said on 9 July 2024 that sales grew.');
    writeFileSync(path.join(dir, 'b-empty.txt'), '');
    writeFileSync(path.join(dir, 'c-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    writeFileSync(path.join(dir, 'd-latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]));
    writeFileSync(path.join(dir, 'e-archive.jsonl'), '{"id":"x1","text":"Riga is the capital of Latvia."}\n{not json\n[1,2]\n{"title":"no text"}\n\n{"id":"x2","html":"<p>Hello from Tallinn, Estonia.</p>"}\n');
    writeFileSync(path.join(dir, 'ignored.pdf.bin'), 'not read by a folder walk');
    const out = await collect([dir, path.join(dir, 'missing.txt')]);
    const records = out.filter((x) => !isExtractionError(x)) as PressRecord[];
    const errors = out.filter(isExtractionError) as ExtractionError[];
    expect(records.map((r) => r.id)).toEqual([expect.stringMatching(/a-good\.txt$/), expect.stringMatching(/d-latin1\.txt$/), 'x1', 'x2']);
    expect(records[1]!.text).toBe('Café opens');
    expect(records[1]!.source.encoding).toBe('windows-1252');
    expect(errors.map((e) => e.code)).toEqual(['empty', 'binary', 'jsonl-parse', 'jsonl-not-object', 'jsonl-no-text', 'enoent']);
    expect(errors.find((e) => e.code === 'jsonl-parse')?.line).toBe(2);
    expect(out.length).toBe(records.length + errors.length);
  });

  it('enforces the size limits with error entries', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'big.txt'), 'Riga news. '.repeat(200));
    writeFileSync(path.join(dir, 'lines.jsonl'), `{"id":"short","text":"Oslo news."}\n{"id":"long","text":"${'x'.repeat(5000)}"}\n{"id":"after","text":"Tallinn news."}\n`);
    const out: (PressRecord | ExtractionError)[] = [];
    for await (const x of extractPaths([path.join(dir, 'big.txt')], { maxBytes: 1000 })) out.push(x);
    for await (const x of extractPaths([path.join(dir, 'lines.jsonl')], { maxLineBytes: 1000 })) out.push(x);
    expect(out.map((x) => ('reason' in x ? x.code : x.id))).toEqual(['too-large', 'short', 'line-too-long', 'after']);
  });

  it('reads stdin as text, HTML or JSONL', async () => {
    const [r] = (await collect(['-'], 'Plain text from stdin about Berlin.')) as PressRecord[];
    expect(r.id).toBe('stdin');
    const lines = await collect(['-'], '{"text":"One from Oslo."}\n{"text":"Two from Paris."}\n');
    expect(lines.map((x) => (x as PressRecord).id)).toEqual(['stdin:1', 'stdin:2']);
  });

  it('reports an unreadable file and goes on', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const dir = tmp();
    const f = path.join(dir, 'locked.txt');
    writeFileSync(f, 'secret');
    chmodSync(f, 0o000);
    const out = await collect([f]);
    expect(isExtractionError(out[0])).toBe(true);
  });

  it('expands glob patterns in sorted order', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'b.txt'), 'Second release about Vilnius.');
    writeFileSync(path.join(dir, 'sub', 'a.txt'), 'First release about Riga.');
    const out = (await collect([path.join(dir, '**/*.txt')])) as PressRecord[];
    expect(out.map((r) => path.basename(r.source.path!))).toEqual(['a.txt', 'b.txt']);
  });
});
