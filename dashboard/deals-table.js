// The deals table shared by the deals view and the company view. Every value from the API is text.
import { externalLink, h, uid } from './dom.js';
import { formatDate, formatMoney, roleLabel, statusLabel, typeLabel } from './format.js';

export const companyHref = (id) => `#/company/${encodeURIComponent(id)}`;

const COLUMNS = ['Date', 'Type', 'Subject', 'Amount', 'Round', 'Investors / acquirers / partners', 'Status', 'Sources'];
const ROLE_ORDER = ['lead_investor', 'investor', 'acquirer', 'partner', 'member'];

/** A company's name, as a link to its page when it has an id. */
export function companyLink(id, name) {
  const text = name || 'Unnamed company';
  return id === null || id === undefined ? h('span', { text }) : h('a', { href: companyHref(id), text });
}

export function amountCell(amount) {
  if (!amount) return h('span', { className: 'muted', text: 'Undisclosed' });
  const original = formatMoney(amount.value, amount.currency);
  const parts = [h('span', { className: 'amount-main', text: original })];
  if (amount.currency !== 'USD' && amount.usd !== null && amount.usd !== undefined) {
    const usd = formatMoney(amount.usd, 'USD');
    parts.push(h('span', {
      className: 'amount-usd',
      text: amount.usdConverted ? `≈ ${usd} USD` : `${usd} USD`,
      attrs: { title: amount.usdConverted ? 'Converted to US dollars at a reference rate' : 'US-dollar figure stated in the source' },
    }));
  }
  return parts;
}

function partiesCell(parties) {
  if (!parties.length) return h('span', { className: 'muted', text: '—' });
  const byRole = new Map();
  for (const p of parties) {
    if (!byRole.has(p.role)) byRole.set(p.role, []);
    byRole.get(p.role).push(p);
  }
  const roles = [...byRole.keys()].sort((a, b) => rank(a) - rank(b));
  return h('ul', { className: 'parties' }, roles.map((role) => h('li', {},
    h('span', { className: 'role', text: `${roleLabel(role)}${byRole.get(role).length > 1 ? 's' : ''}: ` }),
    byRole.get(role).flatMap((p, i) => [i ? ', ' : null, companyLink(p.companyId, p.name)]))));
}
const rank = (role) => (ROLE_ORDER.includes(role) ? ROLE_ORDER.indexOf(role) : ROLE_ORDER.length);

/** The sources of a deal: each article as a link (when its URL is http(s)), its date and the sentence that states the deal. */
export function sourcesList(sources) {
  return h('ol', { className: 'sources' }, sources.map((s) => h('li', { className: 'source' },
    h('div', { className: 'source-head' },
      externalLink(s.url, s.title || 'Untitled article', 'source-title'),
      s.publishedAt ? h('span', { className: 'muted source-date', text: formatDate(s.publishedAt) }) : null),
    s.evidence ? h('blockquote', { className: 'evidence', text: s.evidence }) : null)));
}

function cell(label, ...content) {
  // One wrapper, so that on narrow screens (where the cell is a label/value grid) the value stays in one column.
  return h('td', { dataset: { label } }, h('div', { className: 'cell-body' }, ...content));
}

/**
 * The rows of one deal: its summary row and, below it, a full-width row with its sources that the
 * Sources button shows and hides.
 */
export function dealRows(d) {
  const n = d.sources.length;
  const detailId = uid(`deal-${d.id}-sources`);
  const detail = h('tr', { className: 'sources-row', id: detailId, hidden: true },
    h('td', { attrs: { colspan: COLUMNS.length } }, h('h3', { className: 'visually-hidden', text: 'Sources' }), sourcesList(d.sources)));
  const toggle = h('button', {
    type: 'button', className: 'sources-toggle',
    attrs: { 'aria-expanded': 'false', 'aria-controls': detailId },
    on: {
      click: () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        detail.hidden = !open;
        row.classList.toggle('expanded', open);
      },
    },
  }, `${n} source${n === 1 ? '' : 's'}`,
  h('span', { className: 'visually-hidden', text: ` of the ${typeLabel(d.type).toLowerCase()}${d.subject?.name ? ` of ${d.subject.name}` : ''}${d.announcedOn ? `, ${formatDate(d.announcedOn)}` : ''}` }));
  const row = h('tr', { className: 'deal-row', dataset: { dealId: d.id } },
    cell('Date', h('time', { attrs: { datetime: d.announcedOn ?? undefined }, text: formatDate(d.announcedOn) || '—' })),
    cell('Type', h('span', { className: `badge badge-${d.type}`, text: typeLabel(d.type) })),
    cell('Subject', d.subject ? companyLink(d.subject.id, d.subject.name) : h('span', { className: 'muted', text: '—' })),
    cell('Amount', amountCell(d.amount)),
    cell('Round', d.round ? d.round : h('span', { className: 'muted', text: '—' })),
    cell('Investors / acquirers / partners', partiesCell(d.parties)),
    cell('Status', h('span', { className: `status status-${d.status}`, text: statusLabel(d.status) })),
    cell('Sources', n ? toggle : h('span', { className: 'muted', text: 'None' })),
  );
  return n ? [row, detail] : [row];
}

/** The columns a deals table can be sorted by, and the API's `sort` value for each (the API sorts descending only). */
export const SORTABLE = { Date: 'date', Amount: 'amount' };

/**
 * An empty deals table; add rows to its tbody with dealRows. With `onSort`, the Date and Amount headers are buttons
 * that call it with 'date' or 'amount'; call the returned wrapper's `setSort(sort)` to mark the active column.
 */
export function dealsTable(caption, onSort) {
  const heads = COLUMNS.map((c) => {
    if (!onSort || !SORTABLE[c]) return h('th', { attrs: { scope: 'col' }, text: c });
    const key = SORTABLE[c];
    return h('th', { attrs: { scope: 'col' }, dataset: { sort: key } },
      h('button', { type: 'button', className: 'sort-button', on: { click: () => onSort(key) } },
        c, h('span', { className: 'sort-mark', attrs: { 'aria-hidden': 'true' } })));
  });
  const wrap = h('div', { className: 'table-wrap' },
    h('table', { className: 'deals-table' },
      h('caption', { className: 'visually-hidden', text: caption }),
      h('thead', {}, h('tr', {}, heads)),
      h('tbody')));
  wrap.setSort = (sort) => {
    for (const th of heads) {
      if (!th.dataset.sort) continue;
      const on = th.dataset.sort === sort;
      if (on) th.setAttribute('aria-sort', 'descending');
      else th.removeAttribute('aria-sort');
      const button = th.querySelector('button');
      button.classList.toggle('active', on);
      button.title = `${on ? "Sorted" : "Sort"} ${th.dataset.sort === "date" ? "newest first" : "largest amount first"}`;
    }
  };
  return wrap;
}
