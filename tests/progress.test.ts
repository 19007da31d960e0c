/** Progress lines: redrawn in place on a terminal, plain lines elsewhere, with rate, ETA and errors. */
import { describe, expect, it } from 'vitest';
import { Progress } from '../src/cli/progress.js';

describe('Progress', () => {
  it('redraws one terminal line with counts, rates, ETA and errors', () => {
    let t = 0;
    let out = '';
    const p = new Progress((s) => (out += s), true, 10, () => t);
    t = 1000;
    p.tick(2_000_000);
    t = 2000;
    p.tick(null);
    expect(out).toContain('\r\x1b[2K');
    expect(p.line()).toBe('press-facts: 2/10 inputs · 1.0 docs/s · 1.00 MB/s · ETA 8 s · 1 errors');
    p.end();
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes a plain line at most every ten seconds when not on a terminal', () => {
    let t = 0;
    const lines: string[] = [];
    const p = new Progress((s) => lines.push(s), false, null, () => t);
    for (let i = 0; i < 100; i++) {
      t += 250;
      p.tick(1000);
    }
    expect(lines.length).toBe(2);
    expect(lines[0]).toMatch(/^press-facts: 40 inputs · 4\.0 docs\/s · 0\.00 MB\/s · 0 errors\n$/);
  });
});
