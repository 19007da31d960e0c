/**
 * Contacts: e-mail addresses, phone numbers, URLs and social handles, each
 * with its span and a normalized value. Phones need a signal that they are
 * phones (a leading +, a "Tel"/"Phone" label, or a North American
 * (555) 555-0100 shape), so that dates, prices and counts are never read as
 * numbers to call; libphonenumber-js then checks and normalizes them to E.164,
 * with the document's country (from its e-mail and web domains, its language
 * or the countries it names) for numbers written without +.
 */
import { lazyRequire } from '../../util/lazy.js';
import type { CountryCode } from 'libphonenumber-js';

/**
 * libphonenumber-js, loaded on the first phone number (its metadata costs about 0.1 s to load, which
 * a run without phones, or one that has not reached one yet, should not pay). Its CommonJS build
 * can be loaded synchronously.
 */
const phones = lazyRequire<typeof import('libphonenumber-js')>('libphonenumber-js');
import type { Doc } from '../../doc.js';
import type { ContactValue } from '../../schema/record.js';
import { isSpace, trimEndWhile } from '../../util/text.js';
import { Coverage } from '../../util/spans.js';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]{1,64}(?:\.[\p{L}\p{N}_%+-]{1,64}){0,8}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\p{N}])/gu;
const URL = /(?<![\p{L}\p{N}@])(?:https?:\/\/|www\.)[^\s<>"'“”‘’()\[\]{}]{1,2000}/giu;
const PHONE_LABELLED = /(?:\b(?:tel|telephone|phone|ph|mobile|mob|cell|fax|t|m|tālr|tālrunis|telefon|téléphone|teléfono)\.?\s{0,2}[:.]?\s{0,3})(\+?\(?\d[\d\s().\/-]{5,20}\d)/giu;
const PHONE_INTL = /(?<![\p{L}\p{N}+])\+\d{1,3}[\s.-]{0,2}\(?\d{1,4}\)?(?:[\s.-]{0,2}\d{2,4}){1,4}(?![\p{N}])/gu;
const PHONE_NANP = /(?<![\p{L}\p{N}])(?:\(\d{3}\)\s{0,2}|\d{3}[.-])\d{3}[.-]\d{4}(?![\p{N}])/gu;

function trimUrl(s: string): string {
  return trimEndWhile(s, (c) => '.,;:!?'.includes(c));
}

/** Country-code top-level domains that differ from the ISO code, and generic ones that say nothing. */
const TLD_COUNTRY: Record<string, string> = { uk: 'GB', eu: '' };
/** Languages spoken mainly in one country: the country a local number is in. */
const LANGUAGE_COUNTRY: Record<string, string> = {
  lv: 'LV', lt: 'LT', et: 'EE', de: 'DE', fr: 'FR', es: 'ES', pl: 'PL', it: 'IT', nl: 'NL', fi: 'FI', sv: 'SE', da: 'DK', nb: 'NO',
  no: 'NO', pt: 'PT', cs: 'CZ', sk: 'SK', hu: 'HU', ro: 'RO', bg: 'BG', hr: 'HR', sl: 'SI', el: 'GR', uk: 'UA', ja: 'JP', ko: 'KR',
};

/** The country a number written without + is most likely in, or undefined when the document does not say. */
export function documentCountry(doc: Doc, domains: string[]): CountryCode | undefined {
  const votes = new Map<string, number>();
  const vote = (c: string | undefined, w: number) => {
    if (c && /^[A-Z]{2}$/.test(c)) votes.set(c, (votes.get(c) ?? 0) + w);
  };
  for (const d of domains) {
    const tld = d.toLowerCase().split('.').pop() ?? '';
    if (tld.length === 2) vote(TLD_COUNTRY[tld] ?? tld.toUpperCase(), 3);
  }
  vote(LANGUAGE_COUNTRY[doc.language.code], 2);
  for (const p of doc.places) if (p.countryCode) vote(p.countryCode, Math.min(2, p.mentions.length * 0.5));
  let best: string | undefined;
  let top = 0;
  for (const [c, n] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > top) {
      best = c;
      top = n;
    }
  }
  return best as CountryCode | undefined;
}

/** E.164 when libphonenumber-js can place the number (with + or in the document's country), else the digits. */
function normalizePhone(raw: string, country: CountryCode | undefined): string | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  const intl = raw.trim().startsWith('+') || raw.trim().startsWith('00');
  const nanp = /^\(?\d{3}\)?[\s.-]{0,2}\d{3}[.-]\d{4}$/.test(raw.trim());
  const parsed = phones().parsePhoneNumberFromString(raw.trim().replace(/^00/, '+'), intl ? undefined : nanp && !country ? 'US' : country);
  if (parsed?.isPossible()) return parsed.number;
  if (intl) return `+${digits.replace(/^00/, '')}`;
  return digits;
}

/** A social media handle: @name, not part of an e-mail address, with at least one letter. */
const HANDLE = /(?<![\p{L}\p{N}_.@/])@(?=[A-Za-z0-9_]{0,29}[A-Za-z])[A-Za-z0-9_]{2,30}(?![\p{L}\p{N}_@])/gu;

export function extractContacts(doc: Doc): Doc {
  const text = doc.text;
  const emails: ContactValue[] = [];
  const urls: ContactValue[] = [];
  const phones: ContactValue[] = [];
  const handles: ContactValue[] = [];
  const taken = new Coverage(text.length);
  const free = (s: number, e: number) => !taken.overlaps(s, e);
  for (const m of text.matchAll(EMAIL)) {
    emails.push({ start: m.index, end: m.index + m[0].length, value: m[0].toLowerCase() });
    taken.add(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(URL)) {
    const raw = trimUrl(m[0]);
    if (!free(m.index, m.index + raw.length)) continue;
    const value = /^www\./i.test(raw) ? `http://${raw}` : raw;
    urls.push({ start: m.index, end: m.index + raw.length, value });
    taken.add(m.index, m.index + raw.length);
  }
  for (const m of text.matchAll(HANDLE)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    handles.push({ start: m.index, end: m.index + m[0].length, value: m[0].toLowerCase() });
    taken.add(m.index, m.index + m[0].length);
  }
  const domains = [...emails.map((e) => e.value.split('@')[1] ?? ''), ...urls.map((u) => /^(?:https?:\/\/)?([^/:?#]+)/i.exec(u.value)?.[1] ?? '')];
  const country = documentCountry(doc, domains);
  const addPhone = (start: number, raw: string) => {
    const trimmed = trimEndWhile(raw, (c) => c === '.' || c === '/' || c === '-' || isSpace(c));
    const end = start + trimmed.length;
    if (!free(start, end)) return;
    const value = normalizePhone(trimmed, country);
    if (!value) return;
    phones.push({ start, end, value });
    taken.add(start, end);
  };
  for (const m of text.matchAll(PHONE_LABELLED)) addPhone(m.index + m[0].length - m[1].length, m[1]);
  for (const m of text.matchAll(PHONE_INTL)) addPhone(m.index, m[0]);
  for (const m of text.matchAll(PHONE_NANP)) addPhone(m.index, m[0]);
  const bySpan = (a: ContactValue, b: ContactValue) => a.start - b.start;
  doc.contacts = { emails: emails.sort(bySpan), phones: phones.sort(bySpan), urls: urls.sort(bySpan), handles: handles.sort(bySpan) };
  return doc;
}
