/**
 * Markdown → plain text: the markup goes, block boundaries stay (blank lines),
 * the first level-1 heading is the title. Parsing is markdown-it's (CommonMark),
 * not regular expressions. (markdown-it's parser is built from module-level
 * rules, so V8 optimizes it once; micromark's per-document closures were
 * re-optimized for every release.)
 */
import { lazyRequire } from '../util/lazy.js';
import type { MarkdownIt, default as MarkdownItFactory } from 'markdown-it';
import { trimEndWhile } from '../util/text.js';

export interface MarkdownDocument {
  text: string;
  title: string | null;
}

/** The token shape this module reads (markdown-it's Token). */
interface Token {
  type: string;
  tag: string;
  content: string;
  children: Token[] | null;
}

/** markdown-it, loaded on the first Markdown document (synchronously, from its CommonJS build), so other runs start faster. */
const markdownIt = lazyRequire<typeof MarkdownItFactory>('markdown-it');
let parser: MarkdownIt | undefined;
function markdownParser(): MarkdownIt {
  if (!parser) {
    const Parser = markdownIt();
    parser = new Parser('commonmark');
  }
  return parser;
}

/** The text of an inline token's children: markup dropped, line breaks kept, images by their alt text. */
function inline(tokens: Token[] | null): string {
  let out = '';
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'text':
      case 'code_inline':
        out += t.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'image':
        out += inline(t.children);
        break;
      default:
        break;
    }
  }
  return out;
}

function clean(t: string): string {
  return t
    .split('\n')
    .map((line) => trimEndWhile(line, (c) => c === ' ' || c === '\t'))
    .join('\n')
    .trim();
}

export function markdownToDocument(markdown: string): MarkdownDocument {
  const tokens = markdownParser().parse(markdown, {}) as Token[];
  const blocks: string[] = [];
  let title: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let t: string;
    let h1 = false;
    switch (token.type) {
      case 'inline':
        t = inline(token.children);
        h1 = tokens[i - 1]?.type === 'heading_open' && tokens[i - 1]!.tag === 'h1';
        break;
      case 'fence':
      case 'code_block':
        t = token.content;
        break;
      case 'html_block':
        t = token.content.replace(/<[^<>]{0,2000}>/g, '');
        break;
      default:
        continue;
    }
    t = clean(t);
    if (h1 && title === null) title = t.replace(/\s+/g, ' ');
    if (t) blocks.push(t);
  }
  return { text: blocks.join('\n\n'), title };
}
