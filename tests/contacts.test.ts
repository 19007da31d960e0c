/** Contacts: e-mails, phones (E.164 with the document's country), URLs and social handles, with spans. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const contacts = async (text: string) => {
  const r = await extract(text);
  for (const list of Object.values(r.contacts)) for (const c of list ?? []) expect(c.end).toBeGreaterThan(c.start);
  return { r, c: r.contacts };
};

describe('contacts', () => {
  it('normalizes numbers written with + to E.164, whatever the document', async () => {
    const { c } = await contacts('Media contact: Jane Roe, jane@acme.example.com, +44 20 7946 0958 or +1 (617) 555-0188.');
    expect(c.phones.map((p) => p.value)).toEqual(['+442079460958', '+16175550188']);
    expect(c.emails.map((e) => e.value)).toEqual(['jane@acme.example.com']);
  });

  it('places a local number in the country of the document: its domains, then its language', async () => {
    const lv = await contacts('Rīgā, 2024. gada 9. jūlijā – Ministrija šodien paziņoja par jaunu programmu.\n\nTālr. 67 876 000, e-pasts: prese@vm.example.lv');
    expect(lv.c.phones.map((p) => [lv.r.text.slice(p.start, p.end), p.value])).toEqual([['67 876 000', '+37167876000']]);
    const de = await contacts('Leipzig, 9. Juli 2024 – Die Stadtwerke bauen einen Speicher.\n\nPressekontakt: Tel.: 0341 1234567');
    expect(de.c.phones.map((p) => p.value)).toEqual(['+493411234567']);
    const uk = await contacts('The council opened a library today.\n\nPress office: press@council.example.gov.uk, Tel: 020 7946 0958');
    expect(uk.c.phones.map((p) => p.value)).toEqual(['+442079460958']);
  });

  it('keeps the digits of a local number when the country is not known', async () => {
    const { c } = await contacts('The firm opened an office.\n\nPhone: 0341 1234567');
    expect(c.phones.map((p) => p.value)).toEqual(['03411234567']);
  });

  it('never reads dates, prices or counts as phone numbers', async () => {
    const { c } = await contacts('On 2024-07-09 the company sold 1 200 000 units for EUR 4 500 000 (2,024 orders), reference 2024/07/09-12.');
    expect(c.phones).toEqual([]);
  });

  it('finds social handles, not the @ of an e-mail address or a time', async () => {
    const { r, c } = await contacts('Follow @Acme_Robotics and @acme on social media, write to news@acme.example.com, or join us @ 4:30 PM.');
    expect(c.handles!.map((h) => [r.text.slice(h.start, h.end), h.value])).toEqual([
      ['@Acme_Robotics', '@acme_robotics'],
      ['@acme', '@acme'],
    ]);
    expect(c.emails.map((e) => e.value)).toEqual(['news@acme.example.com']);
  });

  it('gives URLs without trailing punctuation', async () => {
    const { c } = await contacts('Details: https://acme.example.com/news/2024?id=7. More at www.acme.example.com.');
    expect(c.urls.map((u) => u.value)).toEqual(['https://acme.example.com/news/2024?id=7', 'http://www.acme.example.com']);
  });
});
