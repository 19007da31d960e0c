/**
 * No regular expression in src/ may backtrack catastrophically: every regex
 * literal (found with the TypeScript parser) and every RegExp the modules build
 * at load time (collected through a constructor proxy) goes through recheck.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function literalRegexes(): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  for (const file of sourceFiles('src')) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const last = text.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ where: `${file}:${line + 1}`, source: text.slice(1, last), flags: text.slice(last + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

async function constructedRegexes(): Promise<{ where: string; source: string; flags: string }[]> {
  const seen: { where: string; source: string; flags: string }[] = [];
  const Original = RegExp;
  const proxy = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      // Only patterns our own modules build: the first stack frame outside this test must be in src/.
      const caller = (new Error().stack ?? '').split('\n').find((l) => !l.includes('redos.test') && /\.(?:ts|js)/.test(l)) ?? '';
      if (typeof args[0] === 'string' && /[/\\]src[/\\]/.test(caller) && !caller.includes('node_modules')) {
        seen.push({ where: `new RegExp (${caller.trim()})`, source: re.source, flags: re.flags });
      }
      return re;
    },
  });
  globalThis.RegExp = proxy as RegExpConstructor;
  try {
    // Fresh module instances, so that module-level patterns are built under the proxy.
    const stamp = `?redos=${Date.now()}`;
    for (const file of sourceFiles('src').filter((f) => !f.endsWith('main.ts'))) await import(`../${file}${stamp}`).catch(() => undefined);
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

describe('regular expressions are safe from ReDoS', () => {
  it('every regex in src/ passes recheck', async () => {
    const built = await constructedRegexes();
    expect(built.length, "patterns built by src/ modules at load time").toBeGreaterThan(20);
    const all = [...literalRegexes(), ...built];
    expect(all.length).toBeGreaterThan(50);
    const unique = new Map(all.map((r) => [`${r.flags}/${r.source}`, r]));
    const vulnerable: string[] = [];
    for (const r of unique.values()) {
      const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
      if (result.status === 'vulnerable') vulnerable.push(`${r.where}: /${r.source.slice(0, 120)}/${r.flags} — ${result.complexity?.type ?? ''} ${result.attack?.pattern ?? ''}`);
    }
    expect(vulnerable).toEqual([]);
  }, 300_000);
});
