/**
 * HTML → plain text with paragraph boundaries, plus the page's title,
 * publication date and language hints. Parsing is htmlparser2's (a tolerant
 * streaming parser that never fetches anything); only the main content is kept:
 * `<article>`/`<main>` when the page has them, and never navigation, footers,
 * scripts, forms or cookie banners.
 */
import { lazyRequire } from '../util/lazy.js';

/** htmlparser2, loaded on the first HTML page (synchronously, from its CommonJS build), so text-only runs start faster. */
const parserModule = lazyRequire<typeof import('htmlparser2')>('htmlparser2');

export interface HtmlDocument {
  text: string;
  title: string | null;
  publishedAt: string | null;
  language: string | null;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'form', 'button', 'iframe', 'object', 'select', 'textarea', 'head', 'aside', 'dialog', 'canvas', 'video', 'audio', 'map']);
const SKIP_OUTSIDE_MAIN = new Set(['header', 'footer']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'blockquote',
  'pre', 'figure', 'figcaption', 'address', 'header', 'footer', 'hr', 'caption', 'td', 'th', 'body', 'center',
]);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);
const BANNER = /cookie|consent|gdpr|banner|newsletter|subscribe|share|social|breadcrumb|sidebar|menu|navbar|related|comments?|advert|promo|popup|modal/i;

const DATE_META = new Set(['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date']);

function isoDay(value: string | undefined): string | null {
  const m = value ? /(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function findDatePublished(json: unknown, depth = 0): string | null {
  if (depth > 8 || json === null || typeof json !== 'object') return null;
  if (Array.isArray(json)) {
    for (const item of json) {
      const d = findDatePublished(item, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const obj = json as Record<string, unknown>;
  if (typeof obj.datePublished === 'string') return isoDay(obj.datePublished);
  for (const v of Object.values(obj)) {
    const d = findDatePublished(v, depth + 1);
    if (d) return d;
  }
  return null;
}

class Collector {
  blocks: string[] = [];
  current = '';
  flush(): void {
    // Source white space collapses; a <br> (kept as U+E000 until here) is a real line break.
    const t = this.current
      .replace(/[ \t\r\n\f\u00a0]+/g, ' ')
      .replace(/ ?\uE000 ?/g, '\n')
      .trim();
    if (t) this.blocks.push(t);
    this.current = '';
  }
  text(): string {
    this.flush();
    return this.blocks.join('\n\n');
  }
}

/**
 * Drop a DOCTYPE's internal subset (`<!DOCTYPE x [ <!ENTITY …> ]>`): entities are never
 * expanded or fetched, and the subset's text must not leak into the page text.
 */
function withoutInternalDtd(html: string): string {
  const start = html.search(/<!doctype/i);
  if (start < 0 || start > 1024) return html;
  const bracket = html.indexOf('[', start);
  const close = html.indexOf('>', start);
  if (bracket < 0 || close < bracket) return html;
  const end = html.indexOf(']>', bracket);
  return end < 0 ? html : html.slice(0, start) + html.slice(end + 2);
}

/** Extract the main text and metadata of an HTML page. */
export function htmlToDocument(html: string): HtmlDocument {
  const all = new Collector();
  const main = new Collector();
  let skipDepth = 0;
  let mainDepth = 0;
  let sawMain = false;
  const stack: { name: string; skip: boolean; main: boolean }[] = [];
  let inTitle = false;
  let titleTag = '';
  let inH1 = false;
  let h1 = '';
  let inJsonLd = false;
  let jsonLd = '';
  const meta: Record<string, string> = {};
  let timeDate: string | null = null;
  let language: string | null = null;

  const parser = new (parserModule().Parser)(
    {
      onopentag(name, attrs) {
        const cls = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''}`;
        const hiddenBanner = name !== 'body' && name !== 'main' && name !== 'article' && BANNER.test(cls) && !/\b(?:content|article|post|body)\b/i.test(cls);
        const skip = SKIP.has(name) || (SKIP_OUTSIDE_MAIN.has(name) && mainDepth === 0) || hiddenBanner || attrs.hidden !== undefined || attrs['aria-hidden'] === 'true' || attrs.role === 'navigation';
        const isMain = name === 'article' || name === 'main' || attrs.role === 'main' || attrs.itemprop === 'articleBody';
        if (name === 'html' && attrs.lang) language = attrs.lang;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content !== undefined) meta[key] = attrs.content;
          if (attrs['http-equiv']?.toLowerCase() === 'content-language' && attrs.content && !language) language = attrs.content;
        }
        if (name === 'time' && attrs.datetime && !timeDate) timeDate = isoDay(attrs.datetime);
        if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') inJsonLd = true;
        if (name === 'title') inTitle = true;
        if (name === 'h1' && skipDepth === 0) inH1 = true;
        if (VOID.has(name)) {
          if (name === 'br' && skipDepth === 0) {
            all.current += '\uE000';
            if (mainDepth > 0) main.current += '\uE000';
          }
          return;
        }
        if (BLOCK.has(name)) {
          all.flush();
          main.flush();
        }
        stack.push({ name, skip, main: isMain });
        if (skip) skipDepth++;
        if (isMain && skipDepth === 0) {
          mainDepth++;
          sawMain = true;
        }
      },
      ontext(data) {
        if (inTitle) titleTag += data;
        if (inJsonLd) jsonLd += data;
        if (skipDepth > 0) return;
        data = data.replace(/\uE000/g, ' ');
        if (inH1) h1 += data;
        all.current += data;
        if (mainDepth > 0) main.current += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (name === 'script' && inJsonLd) {
          inJsonLd = false;
          try {
            const found = findDatePublished(JSON.parse(jsonLd));
            if (found) meta.datepublished = found;
          } catch {
            /* malformed JSON-LD is ignored */
          }
          jsonLd = '';
        }
        if (VOID.has(name)) return;
        // Pop to the matching open element (htmlparser2 closes implied tags for us).
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i].name !== name) continue;
          const popped = stack.splice(i);
          for (const el of popped.reverse()) {
            if (el.main && skipDepth === 0 && mainDepth > 0) mainDepth--;
            if (el.skip) skipDepth--;
          }
          break;
        }
        if (BLOCK.has(name)) {
          all.flush();
          main.flush();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(withoutInternalDtd(html));
  parser.end();

  const mainText = main.text();
  const allText = all.text();
  const text = sawMain && mainText.length >= 200 ? mainText : allText || mainText;
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const siteTitle = clean(titleTag).split(/\s[|–—-]\s|\s::\s/)[0] || null;
  const title = clean(h1) || clean(meta['og:title'] ?? '') || siteTitle;
  let publishedAt: string | null = null;
  for (const key of DATE_META) {
    publishedAt = isoDay(meta[key]);
    if (publishedAt) break;
  }
  publishedAt ??= timeDate;
  return { text, title: title || null, publishedAt, language: language ? String(language).toLowerCase().split(/[-_]/)[0] : null };
}
