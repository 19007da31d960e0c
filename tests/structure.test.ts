/** Document structure: datelines, headlines, captions and block kinds. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { findDateline } from '../src/structure/index.js';

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
  ])('%s', (text, place, date, span) => {
    expect(dl(text)).toEqual({ place, date, text: span });
  });

  it('does not take an opening date clause for a dateline', () => {
    expect(dl('On 9 July 2024, the Permanent Mission held a discussion.')).toBeNull();
    expect(dl('In 2023 the company grew.')).toBeNull();
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
