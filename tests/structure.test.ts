/** Document structure: datelines, headlines, captions and block kinds. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { findDateLine, findDateline } from '../src/structure/index.js';

const dl = (text: string) => {
  const d = findDateline(text, { start: 0, end: text.length });
  return d && { place: d.place, date: d.date, text: text.slice(d.start, d.end) };
};

describe('datelines', () => {
  it.each([
    ['RIGA, 9 July 2024 – The ministry said', 'RIGA', '2024-07-09', 'RIGA, 9 July 2024 –'],
    ['FORT WORTH, TX, July 17, 2025 /24-7PressRelease/ -- Harbor Lane', 'FORT WORTH, TX', '2025-07-17', 'FORT WORTH, TX, July 17, 2025 /24-7PressRelease/ --'],
    ['TEL AVIV, ISRAEL, December 17, 2024 /24-7PressRelease/  Naive Haven', 'TEL AVIV, ISRAEL', '2024-12-17', 'TEL AVIV, ISRAEL, December 17, 2024 /24-7PressRelease/'],
    ['Scottsdale, AZ (Newsworthy.ai) Tuesday Nov 28, 2023 @ 4:31 PM America/Dawson_Creek — Addressing', 'Scottsdale, AZ', '2023-11-28', 'Scottsdale, AZ (Newsworthy.ai) Tuesday Nov 28, 2023 @ 4:31 PM America/Dawson_Creek —'],
    ['NEW YORK, NY — April 27, 2026 — (NOTICIAS NEWSWIRE) — As you get older', 'NEW YORK, NY', '2026-04-27', 'NEW YORK, NY — April 27, 2026 — (NOTICIAS NEWSWIRE) —'],
    ['Rīgā, 2024. gada 12. martā – Ministrija', 'Rīgā', '2024-03-12', 'Rīgā, 2024. gada 12. martā –'],
    ['Leipzig, 9. Juli 2024 – Die Stadtwerke', 'Leipzig', '2024-07-09', 'Leipzig, 9. Juli 2024 –'],
    ['WASHINGTON, D.C. – U.S. Senator Margaret Whitfield', 'WASHINGTON, D.C.', null, 'WASHINGTON, D.C. –'],
    // Dates in brackets, wire names between slashes or in parentheses, several places, times, odd separators.
    ['Austin, TX – [March 4, 2025] – Lumen Labs today', 'Austin, TX', '2025-03-04', 'Austin, TX – [March 4, 2025] –'],
    ['Denver, CO (May 5, 2025) - Acme Corp today', 'Denver, CO', '2025-05-05', 'Denver, CO (May 5, 2025) -'],
    ['(June 2, 2025)— Brightwell Capital, a lender', null, '2025-06-02', '(June 2, 2025)—'],
    ['June 2, 2025 at 9 AM', null, '2025-06-02', 'June 2, 2025 at 9 AM'],
    ['May 5, 2025; Acme, a maker of pumps, said', null, '2025-05-05', 'May 5, 2025;'],
    ['BOSTON, MA, DENVER, CO, and SEATTLE, WA - (NewMediaWire) - May 5, 2025 - Acme', 'BOSTON, MA, DENVER, CO, and SEATTLE, WA', '2025-05-05', 'BOSTON, MA, DENVER, CO, and SEATTLE, WA - (NewMediaWire) - May 5, 2025 -'],
    ['Norway / NordWire / May 5, 2025 / Acme announced', 'Norway', '2025-05-05', 'Norway / NordWire / May 5, 2025 /'],
    ['Tampa, FL (May 5, 2025) / Example Newswire/ — Acme', 'Tampa, FL', '2025-05-05', 'Tampa, FL (May 5, 2025) / Example Newswire/ —'],
    ['MIAMI, FL / MADRID, SPAIN — May 5, 2025 — (NOTICIAS NEWSWIRE) — Acme', 'MIAMI, FL / MADRID, SPAIN', '2025-05-05', 'MIAMI, FL / MADRID, SPAIN — May 5, 2025 — (NOTICIAS NEWSWIRE) —'],
    ['Austin, United States - May 5, 2025 / Acme Health', 'Austin, United States', '2025-05-05', 'Austin, United States - May 5, 2025 /'],
    ['ST. PAUL, MN / PR Karma / May 5, 2025 17:33', 'ST. PAUL, MN', '2025-05-05', 'ST. PAUL, MN / PR Karma / May 5, 2025 17:33'],
  ])('%s', (text, place, date, span) => {
    expect(dl(text)).toEqual({ place, date, text: span });
  });

  it('leaves a zero-width character before the dateline out of it', () => {
    const text = '\u200dCAMBRIDGE, Mass. - (NewMediaWire) - May 5, 2025 - Acme';
    expect(dl(text)).toEqual({ place: 'CAMBRIDGE, Mass.', date: '2025-05-05', text: 'CAMBRIDGE, Mass. - (NewMediaWire) - May 5, 2025 -' });
  });

  it('does not take an opening date clause for a dateline', () => {
    expect(dl('On 9 July 2024, the Permanent Mission held a discussion.')).toBeNull();
    expect(dl('Since launching its beta on January 20, 2024, the company has grown.')).toBeNull();
    expect(dl('DATE: Wednesday, May 29, 2024')).toBeNull();
    expect(dl('In 2023 the company grew.')).toBeNull();
    // A sentence before a date is no place, though it starts with a capital: its other words are in lower case.
    expect(dl('Users can deposit ACME for trading from March 1, 2024 – the exchange said.')).toBeNull();
    expect(dl('Playa del Carmen, Mexico, May 5, 2025 – Acme')?.place).toBe('Playa del Carmen, Mexico');
  });

  it.each([
    ['  Tuesday, March 4, 2025  \n\n  WASHINGTON  U.S. Senator Jane Roe today introduced a bill.', '2025-03-04'],
    ['Roe pleased with new water plant March 4 2025 Washington D C Senator Jane Roe said the plant opens in May.', '2025-03-04'],
    ['ROE WELCOMES GRANT March 4th 2025 WASHINGTON D C The grant will fund three clinics.', '2025-03-04'],
    ['Posted: May 5, 2025\n\nThe council met to discuss the budget.', '2025-05-05'],
    ['Lumen Labs opens office\n\nJune 2, 2025 at 9 AM\n\nLumen Labs opened an office in Oslo.', '2025-06-02'],
  ])('takes a date standing alone near the top for the publication date: %s', async (text, date) => {
    const r = await extract(text);
    expect(r.publishedAt).toBe(date);
    expect(r.publishedAtSource).toBe('text');
    expect(r.dates.find((d) => d.value === date)?.role).toBe('published');
  });

  it.each([
    'Acme reported results for the quarter ended June 30, 2024, and revenue grew.',
    'Site news\n\nToday: July 24, 2008\n\nThe council met.',
    'Crypto comedy night\n\nDATE: Wednesday, May 29, 2024\n\nTIME: 6:00 PM',
    'Acme Launches Free Download From April 19 Through April 23, 2024\n\nAcme said the download is free.',
    'The token presale is set to begin on July 15, 2024, at noon.',
    'Littleton resident who turned 98 Dec 22 2005 met the senator.',
  ])('does not take a date inside a sentence, a label or the headline for the publication date: %s', async (text) => {
    const blocks = (await extract(text)).blocks;
    expect(findDateLine(text, blocks)).toBeNull();
    expect((await extract(text)).publishedAt).toBeNull();
  });

  it('sets publishedAt from the dateline and marks its date as published', async () => {
    const r = await extract('Acme opens office\n\nOSLO, 24 October 2024 – Acme Corp today opened an office.');
    expect(r.publishedAt).toBe('2024-10-24');
    expect(r.publishedAtSource).toBe('text');
    expect(r.dates.find((d) => d.value === '2024-10-24')?.role).toBe('published');
    expect(r.title).toBe('Acme opens office');
    expect(r.blocks[0].kind).toBe('headline');
  });

  it('prefers the input publishedAt and warns when the dateline disagrees', async () => {
    const r = await extract({ text: 'OSLO, 24 October 2024 – Acme Corp opened an office.', publishedAt: '2024-10-25' });
    expect(r.publishedAt).toBe('2024-10-25');
    expect(r.warnings.map((w) => w.code)).toContain('published-date-mismatch');
  });

  it('classifies boilerplate blocks', async () => {
    const r = await extract('Title here\n\nBody text of the release, with a sentence.\n\nAbout Acme\nAcme makes robots.\n\nMedia contact: Jane Doe, jane@acme.example\n\n###');
    expect(r.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'about', 'contact', 'end-mark']);
  });
});

describe('block kinds on every fact', () => {
  it('says which kind of block each mention, date and amount is in, and each entity the kinds it appears in', async () => {
    const r = await extract(
      'Acme Robotics opens Oslo plant\n\nOSLO, 24 October 2024 – Acme Robotics today opened a plant worth EUR 40 million.\n\nAbout Acme Robotics\n\nAcme Robotics, founded in 2011, builds warehouse robots in Norway.\n\nMedia contact: press@acme.example.com',
    );
    const acme = r.organizations.find((o) => o.name === 'Acme Robotics')!;
    expect(acme.blockKinds).toEqual(['about', 'headline', 'paragraph']);
    expect(acme.mentions.map((m) => m.block)).toEqual(['headline', 'paragraph', 'about', 'about']);
    expect(r.dates.find((d) => d.value === '2011')?.block).toBe('about');
    expect(r.money[0]?.block).toBe('paragraph');
    for (const m of acme.mentions) {
      const b = r.blocks.find((x) => m.start >= x.start && m.end <= x.end)!;
      expect(m.block).toBe(b.kind);
    }
  });
});
