import type { CurrencyForm } from './currency-form.js';
import { moneyPatterns as P } from './money-patterns.js';
import { parseNumber } from './parse-number.js';
import type { RawAmount } from './raw-amount.js';
import { resolveCurrency } from './resolve-currency.js';
import { scaleOf } from './scale-of.js';

type Groups = Record<string, string | undefined>;
type Spans = Record<string, [number, number] | undefined>;

/** Whether the words joining two bounds make a range: "-" always, "to" unless "from … to", "and" only after "between". */
function rangeAllowed(sep: string, text: string, start: number): boolean {
  const word = sep.trim();
  const before = text.slice(Math.max(0, start - 12), start);
  if (word === 'to') return !P.fromBefore.test(before);
  if (word === 'and') return P.betweenBefore.test(before);
  return true;
}

interface Parsed { value: number; multiplier: number; scaled: boolean; low?: number; high?: number; end: number; rangeStart?: number }

/** Reads number, scale and optional range tail; `end` is where the amount proper ends. */
function parseCore(g: Groups, s: Spans, text: string, start: number, requireMarkedRange: boolean): Parsed | null {
  const first = parseNumber(g.num!);
  const m1 = scaleOf(g.scale);
  const base: Parsed = { value: first * (m1 ?? 1), multiplier: m1 ?? 1, scaled: m1 !== undefined, end: (s.scale ?? s.num)![1] };
  if (!Number.isFinite(first)) return null;
  if (!g.sep || !g.num2) return base;
  const m2 = scaleOf(g.scale2);
  const hyphen = /[-–]/.test(g.sep);
  const ok = rangeAllowed(g.sep, text, start) && (!requireMarkedRange || hyphen || m2 !== undefined);
  if (!ok) return { ...base, rangeStart: s.num2![0] };
  const high = parseNumber(g.num2) * (m2 ?? m1 ?? 1);
  let lowMultiplier = m1 ?? m2 ?? 1;
  if (first * lowMultiplier > high && m1 === undefined) lowMultiplier = 1;
  const low = first * lowMultiplier;
  if (!(low <= high)) return { ...base, rangeStart: s.num2![0] };
  const end = (s.scale2 ?? s.num2)![1];
  return { value: low, multiplier: m2 ?? m1 ?? 1, scaled: m1 !== undefined || m2 !== undefined, low, high, end };
}

function build(form: CurrencyForm, text: string, start: number, p: Parsed): RawAmount | null {
  if (form.weak && !p.scaled) return null;
  const unit = form.unit ?? 1;
  const clean = (x: number): number => Number((x * unit).toPrecision(12)); // 8.381 * 1e9 without float noise
  const amount: RawAmount = {
    start, end: p.end, value: clean(p.value), currency: resolveCurrency(form, text, start, p.end),
    form, multiplier: p.multiplier, scaled: p.scaled,
  };
  if (p.low !== undefined && p.high !== undefined) { amount.low = clean(p.low); amount.high = clean(p.high); }
  return amount;
}

function scanPrefix(text: string, out: RawAmount[]): void {
  const re = P.prefix;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups as Groups;
    const s = m.indices!.groups as Spans;
    const form = P.prefixForms.get(P.norm(g.cur ?? g.cura ?? ''));
    const p = form && parseCore(g, s, text, m.index, true);
    if (!form || !p) continue;
    let end = m.index + m[0].length;
    // An unjoined range tail, or a trailing currency word of another currency, is left for the next scan.
    const tail = g.tail ? P.suffixForms.get(P.norm(g.tail)) : undefined;
    if (p.rangeStart !== undefined || (g.tail && tail?.code !== form.code)) end = p.end;
    re.lastIndex = end;
    const amount = build(form, text, m.index, { ...p, end });
    if (amount) out.push(amount);
  }
}

function scanSuffix(text: string, out: RawAmount[]): void {
  const re = P.suffix;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) addSuffix(m, text, out);
}

function scanWordNumbers(text: string, out: RawAmount[]): void {
  const anchor = P.wordAnchor;
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
    const from = Math.max(0, a.index - 16);
    const before = P.wordBefore.exec(text.slice(from, a.index));
    if (!before) continue;
    P.wordSuffix.lastIndex = from + before.index;
    const m = P.wordSuffix.exec(text);
    if (m) addSuffix(m, text, out);
  }
}

function addSuffix(m: RegExpExecArray, text: string, out: RawAmount[]): void {
  const g = m.groups as Groups;
  const s = m.indices!.groups as Spans;
  const form = P.suffixForms.get(P.norm(g.cur ?? ''));
  if (!form) return;
  let start = m.index;
  let numText = g.num ?? '';
  let p = parseCore(g, s, text, start, false);
  if (p && p.rangeStart !== undefined) {
    // "5 and 10 million euros" without "between": only the second figure carries the currency.
    start = p.rangeStart;
    numText = g.num2 ?? '';
    p = parseCore({ num: g.num2, scale: g.scale2 }, { num: s.num2, scale: s.scale2 }, text, start, false);
  }
  if (!p || Number.isNaN(p.value)) return;
  const isWordNumber = !/^\d/.test(numText);
  // A number word needs a scale ("a billion dollars"); "a billion-dollar company" is an idiom, not an amount.
  if (isWordNumber && (!p.scaled || g.gap?.includes('-'))) return;
  // "in 2019 dollars" is a year, not an amount.
  if (!p.scaled && p.low === undefined && form.isWord && P.yearLike.test(numText)) return;
  const amount = build(form, text, start, { ...p, end: m.index + m[0].length });
  if (amount) out.push(amount);
}

/** Every amount with a currency in `text`, in order, overlaps resolved in favour of the earlier, longer one. */
export function matchAmounts(text: string): RawAmount[] {
  const found: RawAmount[] = [];
  scanPrefix(text, found);
  scanSuffix(text, found);
  scanWordNumbers(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawAmount[] = [];
  for (const amount of found) {
    const last = kept[kept.length - 1];
    if (!last || amount.start >= last.end) kept.push(amount);
  }
  return kept;
}
