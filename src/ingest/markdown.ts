/**
 * Markdown → plain text: the markup goes, block boundaries stay (blank lines),
 * the first level-1 heading is the title. Parsing is mdast-util-from-markdown's
 * (CommonMark), not regular expressions.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { trimEndWhile } from '../util/text.js';

export interface MarkdownDocument {
  text: string;
  title: string | null;
}

interface Node {
  type: string;
  value?: string;
  depth?: number;
  alt?: string | null;
  children?: Node[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'code', 'html', 'tableRow', 'thematicBreak']);

function inline(node: Node): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? '';
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    case 'tableCell':
      return (node.children ?? []).map(inline).join('') + '\t';
    default:
      return (node.children ?? []).map(inline).join('');
  }
}

export function markdownToDocument(markdown: string): MarkdownDocument {
  const tree = fromMarkdown(markdown) as Node;
  const blocks: string[] = [];
  let title: string | null = null;
  const walk = (node: Node) => {
    if (BLOCKS.has(node.type)) {
      if (node.type === 'thematicBreak') return;
      let t = node.type === 'code' ? (node.value ?? '') : node.type === 'html' ? (node.value ?? '').replace(/<[^<>]{0,2000}>/g, '') : inline(node);
      t = t
        .split('\n')
        .map((line) => trimEndWhile(line, (c) => c === ' ' || c === '\t'))
        .join('\n')
        .trim();
      if (node.type === 'heading' && node.depth === 1 && title === null) title = t.replace(/\s+/g, ' ');
      if (t) blocks.push(t);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return { text: blocks.join('\n\n'), title };
}
