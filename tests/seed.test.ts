/** The release press-facts started from: every fact the project promises about it. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, type PressRecord } from '../src/index.js';

let r: PressRecord;
beforeAll(async () => {
  r = await extract({ text: readFileSync('fixtures/press-release-lv-mfa.txt', 'utf8'), path: 'fixtures/press-release-lv-mfa.txt' });
});

const person = (name: string) => r.people.find((p) => p.name === name);
const org = (name: string) => r.organizations.find((o) => o.name === name);

describe('seed release (Latvian MFA)', () => {
  it('finds Rolands Heniņš with both roles at the Ministry of Defence of Latvia', () => {
    const p = person('Rolands Heniņš');
    expect(p).toBeDefined();
    expect(p!.roles.map((x) => [x.title, x.organization])).toEqual(
      expect.arrayContaining([
        ['Under Secretary', 'Ministry of Defence of Latvia'],
        ['Policy Director', 'Ministry of Defence of Latvia'],
      ]),
    );
  });

  it('finds Baiba Kaškina, Manager of CERT.LV', () => {
    const p = person('Baiba Kaškina');
    expect(p?.roles.map((x) => [x.title, x.organization])).toContainEqual(['Manager', 'CERT.LV']);
  });

  it('finds exactly these two people', () => {
    expect(r.people.map((p) => p.name).sort()).toEqual(['Baiba Kaškina', 'Rolands Heniņš']);
  });

  it('keeps Microsoft and Cisco apart and reads the Paris Peace Forum as an organization', () => {
    for (const name of ['Microsoft', 'Cisco', 'Paris Peace Forum', 'CERT.LV', 'Ministry of Defence of Latvia', 'National Cyber Security Centre']) {
      expect(org(name), name).toBeDefined();
    }
    expect(r.organizations.some((o) => o.name.includes('Microsoft') && o.name.includes('Cisco'))).toBe(false);
    expect(r.places.some((p) => p.name === 'Paris')).toBe(false);
  });

  it('links UNIDIR to the Institute for Disarmament Research and UNSC to the Security Council', () => {
    const unidir = org('Institute for Disarmament Research');
    expect(unidir?.acronym).toBe('UNIDIR');
    expect(unidir?.mentions.map((m) => m.text)).toContain('UNIDIR');
    const unsc = org('United Nations Security Council');
    expect(unsc?.acronym).toBe('UNSC');
    expect(unsc?.mentions.map((m) => m.text)).toContain('UNSC');
  });

  it('finds the places, with Latvia’s as a mention of Latvia', () => {
    const names = r.places.map((p) => p.name);
    for (const name of ['Latvia', 'New York', 'Bahrain', 'Balkans']) expect(names).toContain(name);
    const latvia = r.places.find((p) => p.name === 'Latvia')!;
    expect(latvia.countryCode).toBe('LV');
    expect(latvia.mentions.every((m) => m.text === 'Latvia')).toBe(true);
    expect(latvia.mentions.length).toBeGreaterThanOrEqual(6);
  });

  it('normalizes the dates against the release’s own year', () => {
    const values = r.dates.map((d) => [d.text, d.value]);
    expect(values).toContainEqual(['9 July 2024', '2024-07-09']);
    expect(values).toContainEqual(['20 June', '2024-06-20']);
    expect(values).toContainEqual(['2025', '2025']);
    expect(values).toContainEqual(['2026–2027', '2026/2027']);
  });

  it('detects English for the document and Latvian for the caption', () => {
    expect(r.language.code).toBe('en');
    const caption = r.blocks[0];
    expect(r.text.slice(caption.start, caption.end)).toBe('Domnīcas dalībnieki pie galdiem');
    expect(caption.language).toBe('lv');
    expect(caption.kind).toBe('caption');
    expect(r.blocks.slice(1).every((b) => b.language === 'en')).toBe(true);
  });

  it('gives every span its exact text', () => {
    for (const e of [...r.people, ...r.organizations, ...r.places]) {
      for (const m of e.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const d of r.dates) expect(r.text.slice(d.start, d.end)).toBe(d.text);
  });
});
