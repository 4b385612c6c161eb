// Display formats for numbers, money, dates and the API's enum values.

export const DEAL_TYPES = ['funding', 'acquisition', 'partnership', 'joint_venture', 'ipo', 'fund'];
export const DEAL_STATUSES = ['completed', 'announced', 'reported', 'planned'];
/** The kinds of link in a company's relationship graph, as the API names them. */
export const EDGE_TYPES = ['invested', 'acquired', 'partnered', 'joint_venture', 'co_mentioned'];
const EDGE_LABELS = {
  invested: 'Invested in', acquired: 'Acquired', partnered: 'Partnered', joint_venture: 'Joint venture', co_mentioned: 'Mentioned together',
};
/** One colour per link kind; views.css has the same colours as .swatch-<kind> for the legend. */
export const EDGE_COLORS = {
  invested: '#2563eb', acquired: '#7c3aed', partnered: '#0d9488', joint_venture: '#d97706', co_mentioned: '#94a3b8',
};
export const edgeLabel = (t) => EDGE_LABELS[t] ?? t;

const TYPE_LABELS = {
  funding: 'Funding', acquisition: 'Acquisition', partnership: 'Partnership', joint_venture: 'Joint venture', ipo: 'IPO', fund: 'Fund',
};
const ROLE_LABELS = {
  subject: 'Subject', lead_investor: 'Lead investor', investor: 'Investor', acquirer: 'Acquirer', partner: 'Partner', member: 'Member', party: 'Party',
};

/** One colour per deal type, used by the chart and the type badges' legend. */
export const TYPE_COLORS = {
  funding: '#2563eb', acquisition: '#7c3aed', partnership: '#0d9488', joint_venture: '#d97706', ipo: '#db2777', fund: '#4b5563',
};

const words = (s) => String(s).replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const typeLabel = (t) => TYPE_LABELS[t] ?? words(t);
export const roleLabel = (r) => ROLE_LABELS[r] ?? words(r);
export const statusLabel = (s) => words(s ?? '');

const integer = new Intl.NumberFormat('en');
export const formatCount = (n) => integer.format(n ?? 0);

const moneyFormats = new Map();
/** "$40M", "€4.5M", "¥1.5B"; unknown currency codes fall back to "1,500,000 XYZ". */
export function formatMoney(value, currency) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return '';
  const key = currency ?? '';
  let fmt = moneyFormats.get(key);
  if (fmt === undefined) {
    try {
      fmt = new Intl.NumberFormat('en', { style: 'currency', currency: key, notation: 'compact', maximumFractionDigits: 2 });
    } catch {
      fmt = null;
    }
    moneyFormats.set(key, fmt);
  }
  return fmt ? fmt.format(Number(value)) : `${integer.format(Number(value))} ${key}`.trim();
}

/** "$1.2B" style US dollars; '' for none. */
export const formatUsd = (v) => formatMoney(v, 'USD');

const fullDate = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
/** "12 Mar 2024" style from "2024-03-12" or an ISO date-time; '' for none. */
export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? String(iso) : fullDate.format(d);
}

const monthYear = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' });
/** A timeline period (its first day) as a short label for its interval. */
export function periodLabel(period, interval) {
  const d = new Date(`${period}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return period;
  switch (interval) {
    case 'year': return String(d.getUTCFullYear());
    case 'quarter': return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
    case 'month': return monthYear.format(d);
    case 'week': return `Wk of ${fullDate.format(d)}`;
    default: return fullDate.format(d);
  }
}

/** The period `n` intervals after (or before, when negative) `period`, as YYYY-MM-DD. */
export function shiftPeriod(period, interval, n) {
  const d = new Date(`${period}T00:00:00Z`);
  switch (interval) {
    case 'day': d.setUTCDate(d.getUTCDate() + n); break;
    case 'week': d.setUTCDate(d.getUTCDate() + 7 * n); break;
    case 'month': d.setUTCMonth(d.getUTCMonth() + n); break;
    case 'quarter': d.setUTCMonth(d.getUTCMonth() + 3 * n); break;
    default: d.setUTCFullYear(d.getUTCFullYear() + n);
  }
  return d.toISOString().slice(0, 10);
}

/** Every period from first to last (inclusive) at the interval, as YYYY-MM-DD; null when there would be more than `max`. */
export function periodRange(first, last, interval, max = 1500) {
  const out = [];
  const d = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || Number.isNaN(end.getTime())) return null;
  let period = d.toISOString().slice(0, 10);
  while (new Date(`${period}T00:00:00Z`) <= end) {
    out.push(period);
    if (out.length > max) return null;
    period = shiftPeriod(period, interval, 1);
  }
  return out;
}
