/**
 * The hand-annotated fixtures (fixtures/*.gold.json): what a reader finds in each release.
 * The floors below are the scores reached when they were written; a change that loses
 * people, organizations, places or roles on these releases fails here.
 */
import { describe, expect, it } from 'vitest';
import { compareRecord, evaluateGoldFolder, type GoldDocument } from '../src/evaluate/gold.js';
import { extract } from '../src/index.js';

describe('document-level scores on the annotated fixtures', () => {
  it('finds every annotated person, and nearly every organization, place and role', async () => {
    const r = await evaluateGoldFolder('fixtures');
    expect(r.documents).toBe(19);
    expect(r.person).toMatchObject({ recall: 100, precision: 100 });
    expect(r.micro.recall).toBeGreaterThanOrEqual(96);
    expect(r.micro.precision).toBeGreaterThanOrEqual(98);
    expect(r.roles.f1).toBeGreaterThanOrEqual(91);
  }, 60_000);
});

describe('how a record is compared with its annotation', () => {
  it('matches by any name, skips optional entities, reports wrong types and roles', async () => {
    const record = await extract('OSLO, 24 October 2024 – Henrik Solberg, President and CEO of Nordline Energy AS, said Nordline will open an office in Bergen.');
    const gold: GoldDocument = {
      people: [{ name: 'Henrik Solberg', roles: [{ title: 'CEO', organization: 'Nordline Energy' }] }],
      organizations: [{ name: 'Nordline Energy AS', aliases: ['Nordline Energy', 'Nordline'] }],
      places: [{ name: 'Oslo' }, { name: 'Bergen' }, { name: 'Stavanger', optional: true }],
    };
    const counts = Object.fromEntries(['person', 'organization', 'place', 'roles'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
    const errors: never[] = [];
    compareRecord(record, gold, counts, errors);
    expect(counts).toEqual({
      person: { tp: 1, fp: 0, fn: 0 },
      organization: { tp: 1, fp: 0, fn: 0 },
      place: { tp: 2, fp: 0, fn: 0 },
      roles: { tp: 1, fp: 0, fn: 0 },
    });
    const wrong: GoldDocument = { people: [], organizations: [], places: [{ name: 'Henrik Solberg' }] };
    const c2 = Object.fromEntries(['person', 'organization', 'place', 'roles'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
    const e2: { error: string; text: string }[] = [];
    compareRecord(record, wrong, c2, e2 as never);
    expect(e2).toContainEqual(expect.objectContaining({ error: 'wrong type', text: 'Henrik Solberg (is a place)' }));
    expect(e2).toContainEqual(expect.objectContaining({ error: 'missed', text: 'Henrik Solberg' }));
  });
});
