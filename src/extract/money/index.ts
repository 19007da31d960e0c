/**
 * Money: "$2.5 million", "€300,000", "EUR 1.2 billion", "15 000 eiro", "USD 40m",
 * with the amount as a number and an ISO 4217 currency code.
 */
import type { Doc } from '../../doc.js';
import type { Money } from '../../schema/record.js';
import { Coverage } from '../../util/spans.js';

const SYMBOLS: Record<string, string> = {
  $: 'USD', US$: 'USD', 'USD': 'USD', '€': 'EUR', EUR: 'EUR', '£': 'GBP', GBP: 'GBP', '¥': 'JPY', JPY: 'JPY', CHF: 'CHF', 'C$': 'CAD',
  CAD: 'CAD', 'A$': 'AUD', AUD: 'AUD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', PLN: 'PLN', CNY: 'CNY', INR: 'INR', '₹': 'INR', RUB: 'RUB',
};
const WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', eiro: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', francs: 'CHF',
  'us dollars': 'USD', 'u.s. dollars': 'USD',
};
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mio: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  miljons: 1e6, miljoni: 1e6, miljonu: 1e6, miljards: 1e9, miljardi: 1e9, millionen: 1e6, milliarden: 1e9, millions: 1e6, milliards: 1e9,
  millones: 1e6,
};
/** A number as written: digits with thousands separators and decimals ("1,200,000", "3,5", "15 000"); parsed by amountOf. */
const NUM = '\\d(?:[\\d,.]|[ \\u00a0](?=\\d{3}(?!\\d))){0,20}';
const SCALE_RE = '(?:\\s?(thousand|million|billion|trillion|mn|bn|tn|mio|miljon[su]|miljoni|miljard[si]|millionen|milliarden|millions|milliards|millones|[kmb])(?![\\p{L}]))?';
const PREFIX = new RegExp(`(?<![\\p{L}\\p{N}])(US\\$|C\\$|A\\$|\\$|€|£|¥|₹|USD|EUR|GBP|JPY|CHF|CAD|AUD|SEK|NOK|DKK|PLN|CNY|INR|RUB)\\s?(${NUM})${SCALE_RE}`, 'giu');
const SUFFIX = new RegExp(`(?<![\\p{L}\\p{N}.,])(${NUM})${SCALE_RE}\\s?(€|USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|euros?|eiro|dollars|pounds|yen|U\\.?S\\.? dollars)(?![\\p{L}])`, 'giu');

function amountOf(num: string, scale: string | undefined): number | null {
  let s = num.replace(/[\s\u00a0]/g, '').replace(/[.,]$/, '');
  if (/,\d{3}(?!\d)/.test(s) && !/\.\d{3}(?!\d)/.test(s)) s = s.replace(/,/g, '');
  else if (/\.\d{3}(?!\d)/.test(s) && /,\d{1,2}$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  const k = scale ? SCALE[scale.toLowerCase()] ?? 1 : 1;
  return Math.round(n * k * 100) / 100;
}

export function extractMoney(doc: Doc): Doc {
  const out: Money[] = [];
  const taken = new Coverage(doc.text.length);
  const push = (start: number, end: number, amount: number | null, currency: string) => {
    if (taken.overlaps(start, end)) return;
    taken.add(start, end);
    out.push({ start, end, text: doc.text.slice(start, end), amount, currency });
  };
  for (const m of doc.text.matchAll(PREFIX)) {
    // A sentence's full stop or comma after the number is not part of the amount.
    const end = m.index + m[0].length - (!m[3] && /[.,]$/.test(m[2]) ? 1 : 0);
    push(m.index, end, amountOf(m[2], m[3]), SYMBOLS[m[1]] ?? SYMBOLS[m[1].toUpperCase()] ?? m[1].toUpperCase());
  }
  for (const m of doc.text.matchAll(SUFFIX)) {
    const cur = m[3].toLowerCase().replace(/\./g, '');
    push(m.index, m.index + m[0].length, amountOf(m[1], m[2]), SYMBOLS[m[3]] ?? WORDS[cur] ?? m[3].toUpperCase());
  }
  doc.money = out.sort((a, b) => a.start - b.start);
  return doc;
}
