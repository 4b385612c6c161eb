// A company's profile figures and related companies, built as DOM from the profile API answer (text only).
import { h } from './dom.js';
import { companyHref } from './deals-table.js';
import { formatCount, formatDate, formatUsd, roleLabel } from './format.js';

function stat(label, value, extra) {
  return h('div', { className: 'stat' }, h('dt', { text: label }), h('dd', {}, h('span', { className: 'stat-value', text: value }), extra));
}

/** The profile's figures: mentions, articles, first and last seen, total raised, deals by role. */
export function profileView(p) {
  const roles = Object.entries(p.dealsByRole).sort((a, b) => b[1] - a[1]);
  const dealCount = p.deals.length;
  return [
    h('dl', { className: 'stats' },
      stat('Mentions', formatCount(p.mentions)),
      stat('Articles', formatCount(p.articles)),
      stat('First seen', formatDate(p.firstSeen) || '—'),
      stat('Last seen', formatDate(p.lastSeen) || '—'),
      stat('Total raised', p.totalRaisedUsd ? formatUsd(p.totalRaisedUsd) : '—',
        h('span', { className: 'stat-note', text: p.totalRaisedUsd ? 'in funding rounds, USD' : 'no funding with an amount' })),
      stat('Deals', formatCount(dealCount), roles.length
        ? h('ul', { className: 'role-list', attrs: { 'aria-label': 'Deals by role' } },
          roles.map(([role, n]) => h('li', { className: 'chip', text: `${roleLabel(role)} ${n}` })))
        : null)),
  ];
}

/** One list of related companies (investors, portfolio, co-mentioned): each a link to its page, with a count. */
function relationList(id, title, hint, items, unit) {
  const headingId = `rel-${id}`;
  return h('section', { className: 'relation', attrs: { 'aria-labelledby': headingId } },
    h('h3', { id: headingId, text: title }),
    h('p', { className: 'relation-hint muted', text: hint }),
    items.length
      ? h('ol', { className: 'relation-list' }, items.map((r) => h('li', {},
        h('a', { href: companyHref(r.id), text: r.name }),
        h('span', { className: 'relation-count', text: `${formatCount(r.count)} ${unit}${r.count === 1 ? '' : 's'}` }))))
      : h('p', { className: 'empty-small muted', text: 'None recorded.' }));
}

/** Investors, portfolio and co-mentioned companies, each name a link to its page. */
export function relationsView(p) {
  return [
    relationList('investors', 'Investors', 'Who invested in its funding rounds', p.investors, 'deal'),
    relationList('portfolio', 'Portfolio', 'Companies it invested in', p.portfolio, 'deal'),
    relationList('co', 'Often mentioned with', 'Companies named in the same articles', p.coMentioned, 'article'),
  ];
}
