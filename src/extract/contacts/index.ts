/**
 * Contacts: e-mail addresses, phone numbers and URLs, each with its span and
 * a normalized value. Phones need a signal that they are phones (a leading +,
 * a "Tel"/"Phone" label, or a North American (555) 555-0100 shape), so that
 * dates, prices and counts are never read as numbers to call.
 */
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

function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  if (raw.trim().startsWith('+')) return `+${digits}`;
  if (digits.length === 10 && /^\(?\d{3}\)?[\s.-]{0,2}\d{3}[.-]\d{4}$/.test(raw.trim())) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return digits;
}

export function extractContacts(doc: Doc): Doc {
  const text = doc.text;
  const emails: ContactValue[] = [];
  const urls: ContactValue[] = [];
  const phones: ContactValue[] = [];
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
  const addPhone = (start: number, raw: string) => {
    const trimmed = trimEndWhile(raw, (c) => c === '.' || c === '/' || c === '-' || isSpace(c));
    const end = start + trimmed.length;
    if (!free(start, end)) return;
    const value = normalizePhone(trimmed);
    if (!value) return;
    phones.push({ start, end, value });
    taken.add(start, end);
  };
  for (const m of text.matchAll(PHONE_LABELLED)) addPhone(m.index + m[0].length - m[1].length, m[1]);
  for (const m of text.matchAll(PHONE_INTL)) addPhone(m.index, m[0]);
  for (const m of text.matchAll(PHONE_NANP)) addPhone(m.index, m[0]);
  const bySpan = (a: ContactValue, b: ContactValue) => a.start - b.start;
  doc.contacts = { emails: emails.sort(bySpan), phones: phones.sort(bySpan), urls: urls.sort(bySpan) };
  return doc;
}
