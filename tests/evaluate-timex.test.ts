/** Scoring dates against the Duckling phrase corpus: its intervals and modified periods are read in TIMEX3 terms. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ducklingModified, ducklingValue, evaluateDuckling } from '../src/evaluate/timex.js';

describe('Duckling conventions', () => {
  it('reads an answer at its grain, an interval by its last day', () => {
    expect(ducklingValue({ text: 'x', section: 's', kind: 'instant', value: '2013-02-15T00:00:00', grain: 'day' })).toBe('2013-02-15');
    expect(ducklingValue({ text: 'x', section: 's', kind: 'interval', start: '2013-02-21T00:00:00', end_exclusive: '2013-03-01T00:00:00', grain: 'day' })).toBe('2013-02-21/2013-02-28');
    expect(ducklingValue({ text: 'x', section: 's', kind: 'instant', value: '2013-02-12T04:30:00', grain: 'minute' })).toBeNull();
  });

  it('turns a TIMEX3 period with a mod into the days or months Duckling means', () => {
    expect(ducklingModified('2013-02', 'END')).toBe('2013-02-21/2013-02-28');
    expect(ducklingModified('2013-03', 'START')).toBe('2013-03-01/2013-03-10');
    expect(ducklingModified('2013-SU', undefined)).toBe('2013-06-21/2013-09-23');
    expect(ducklingModified('2013-WI', undefined)).toBe('2012-12-21/2013-03-20');
    expect(ducklingModified('2013-03', 'MID')).toBe('2013-03-11/2013-03-20');
    expect(ducklingModified('2012', 'END')).toBe('2012-09/2012-12');
    expect(ducklingModified('2017', 'START')).toBe('2017-01/2017-03');
    expect(ducklingModified('2013-W07', 'START')).toBe('2013-02-11/2013-02-13');
    expect(ducklingModified('2013-W07', 'END')).toBe('2013-02-15/2013-02-17');
    expect(ducklingModified('2013-02-12', 'END')).toBe('2013-02-12');
    expect(ducklingModified('2013-02', undefined)).toBe('2013-02');
  });

  it('scores phrases and negatives from a corpus file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pf-duck-')), 'corpus.jsonl');
    const lines = [
      { _meta: { source: 'duckling test', reference_time: '2013-02-12T04:30:00-02:00' } },
      { text: 'at the end of the month', section: 'defaultCorpus', kind: 'interval', start: '2013-02-21T00:00:00', end_exclusive: '2013-03-01T00:00:00', grain: 'day' },
      { text: 'Ramadan 2018', section: 'defaultCorpus', kind: 'interval', start: '2018-05-16T00:00:00', end_exclusive: '2018-06-15T00:00:00', grain: 'day' },
      { text: 'March 3, 2013', section: 'defaultCorpus', kind: 'instant', value: '2013-03-04T00:00:00', grain: 'day' },
      { text: 'laughed for 3 hours', section: 'negativeCorpus', kind: 'none' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const report = evaluateDuckling(file);
    expect(report).toMatchObject({ phrases: 3, correct: 2, negatives: 1, negativesTaken: 0 });
    expect(report.errors).toEqual([{ text: 'March 3, 2013', expected: '2013-03-04', got: '2013-03-03' }]);
  });
});
