/**
 * PDF → text with Mozilla's PDF.js (pdfjs-dist, offline, no eval, no fonts
 * loaded): the text layer of each page in reading order, lines rebuilt from
 * the positions of the text runs, a blank line where the vertical gap says a
 * paragraph ends, and a form feed on a line of its own between pages — so a
 * block never spans two pages. A PDF without a text layer (a scan) is an error
 * entry: press-facts does no OCR.
 */
import { InputError } from './decode.js';
import { trimEndWhile } from '../util/text.js';

const blank = (c: string) => c === ' ' || c === '\t';

export interface PdfText {
  text: string;
  pages: number;
  /** The document's /Title, when it has one. */
  title: string | null;
}

interface Item {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/** The page separator: a form feed on a line of its own (a block boundary, see structure/splitBlocks). */
export const PAGE_BREAK = '\n\n\f\n\n';

function pageText(items: Item[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  let lineGap = 0;
  let eol = false;
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height || item.transform[3] || 0);
    if (lastY !== null && Math.abs(y - lastY) > Math.max(1, Math.min(height || lastHeight, lastHeight || height) * 0.5)) {
      // A new line; a paragraph break when the gap is clearly larger than the usual line spacing.
      const gap = Math.abs(lastY - y);
      const usual = lineGap || Math.max(height, lastHeight) * 1.25;
      const paragraph = gap > usual * 1.4;
      if (!paragraph) lineGap = lineGap ? Math.min(lineGap, gap) : gap;
      out = trimEndWhile(out, blank) + (paragraph ? '\n\n' : '\n');
    } else if (eol) {
      out += '\n';
    }
    out += item.str;
    eol = Boolean(item.hasEOL);
    lastY = y;
    lastHeight = height || lastHeight;
  }
  return out
    .split('\n')
    .map((line) => trimEndWhile(line, blank))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Extract the text of a PDF. Throws InputError `pdf-unreadable` (damaged, encrypted) or `pdf-no-text` (no text layer). */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    throw new InputError('pdf-unreadable', `cannot read the PDF: ${(e as Error).message}`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((i) => 'str' in i) as Item[]));
      page.cleanup();
    }
    const text = pages.filter(Boolean).join(PAGE_BREAK);
    if (!/[\p{L}\p{N}]/u.test(text)) throw new InputError('pdf-no-text', `the PDF has no text layer (${doc.numPages} page(s), perhaps scanned); press-facts does no OCR`);
    const meta = await doc.getMetadata().catch(() => null);
    const title = ((meta?.info as { Title?: unknown } | undefined)?.Title ?? null) as string | null;
    return { text, pages: doc.numPages, title: typeof title === 'string' && title.trim() ? title.trim() : null };
  } finally {
    await doc.destroy();
  }
}
