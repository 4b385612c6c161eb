// The landing view: headline figures, funding per month, the mix of deal types, the most active investors,
// the most mentioned companies and the newest deals. Built from /api/stats/deals, /api/deals and /api/companies.
import { api, isAbort } from './api.js';
import { clear, h } from './dom.js';
import { amountCell, companyHref, companyLink } from './deals-table.js';
import { dealsHash } from './deals-view.js';
import { DEAL_TYPES, TYPE_COLORS, formatCount, formatDate, formatUsd, periodLabel, periodRange, typeLabel } from './format.js';

const MAX_MONTHS = 36;
const FUNDING_COLOR = TYPE_COLORS.funding;
const compactUsd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

const lastDayOf = (month) => {
  const d = new Date(`${month}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
};

/** Funding per month from the server's figures, every month between the first and last filled in, at most MAX_MONTHS. */
export function fundingByMonth(rows) {
  if (!rows.length) return [];
  const by = new Map(rows.map((r) => [r.month, r]));
  const months = rows.map((r) => r.month);
  const range = periodRange(months[0], months[months.length - 1], 'month') ?? months;
  return range.slice(-MAX_MONTHS).map((m) => ({ month: m, ...(by.get(m) ?? { usd: 0, rounds: 0, undisclosed: 0 }) }));
}

function statCard(label, value, note) {
  return h('div', { className: 'stat' }, h('dt', { text: label }), h('dd', {},
    h('span', { className: 'stat-value', text: value }), note ? h('span', { className: 'stat-note', text: note }) : null));
}

function card(id, title, ...content) {
  return h('section', { className: 'card', attrs: { 'aria-labelledby': id } },
    h('div', { className: 'card-head' }, h('h2', { id, text: title }), content[0]), ...content.slice(1));
}

export function mountOverview(container, _route, ctx) {
  const controller = new AbortController();
  const charts = [];

  const title = h('h1', { className: 'page-title', attrs: { tabindex: '-1' }, text: 'Overview' });
  const stats = h('dl', { className: 'stats overview-stats', attrs: { 'aria-busy': 'true' } });
  const fundingCanvas = h('canvas', { id: 'funding-chart', attrs: { role: 'img', 'aria-label': 'Funding per month, loading' } });
  const fundingTable = h('tbody');
  const mixCanvas = h('canvas', { id: 'mix-chart', attrs: { role: 'img', 'aria-label': 'Deal types, loading' } });
  const mixList = h('ul', { className: 'mix-list' });
  const investorsBody = h('tbody');
  const mentionedBody = h('tbody');
  const newest = h('ol', { className: 'newest-list' });

  clear(container).append(h('section', { className: 'view overview-view', attrs: { 'aria-labelledby': 'overview-title' } },
    h('header', { className: 'page-head' }, h('div', {}, Object.assign(title, { id: 'overview-title' }),
      h('p', { className: 'lede muted', text: 'Money and deals in the news at a glance. Click a bar or a slice to open those deals.' }))),
    stats,
    h('div', { className: 'overview-grid' },
      card('funding-heading', 'Funding per month (USD)',
        h('a', { className: 'text-link', href: dealsHash({ type: 'funding' }), text: 'All funding rounds' }),
        h('div', { className: 'chart-box' }, fundingCanvas),
        h('details', { className: 'data-table' }, h('summary', { text: 'Funding per month as a table' }),
          h('div', { className: 'table-wrap' }, h('table', { className: 'rank-table' },
            h('caption', { className: 'visually-hidden', text: 'Funding per month' }),
            h('thead', {}, h('tr', {}, ['Month', 'Rounds', 'Disclosed USD'].map((c, i) => h('th', { className: i ? 'num' : undefined, attrs: { scope: 'col' }, text: c })))),
            fundingTable)))),
      card('mix-heading', 'Deal types', null,
        h('div', { className: 'mix' }, h('div', { className: 'chart-box mix-box' }, mixCanvas), mixList))),
    h('div', { className: 'overview-grid overview-grid-even' },
      card('investors-heading', 'Most active investors', h('span', { className: 'muted card-note', text: 'Funding rounds led or joined' }),
        h('div', { className: 'table-wrap' }, h('table', { className: 'rank-table', id: 'top-investors' },
          h('caption', { className: 'visually-hidden', text: 'Investors by number of funding rounds' }),
          h('thead', {}, h('tr', {}, ['Investor', 'Led', 'Joined', 'Rounds’ USD'].map((c, i) => h('th', { className: i ? 'num' : undefined, attrs: { scope: 'col' }, text: c })))),
          investorsBody))),
      card('mentioned-heading', 'Most mentioned companies', h('a', { className: 'text-link', href: '#/companies', text: 'All companies' }),
        h('div', { className: 'table-wrap' }, h('table', { className: 'rank-table', id: 'top-mentioned' },
          h('caption', { className: 'visually-hidden', text: 'Companies by mentions' }),
          h('thead', {}, h('tr', {}, ['Company', 'Mentions', 'Articles'].map((c, i) => h('th', { className: i ? 'num' : undefined, attrs: { scope: 'col' }, text: c })))),
          mentionedBody)))),
    card('newest-heading', 'Newest deals', h('a', { className: 'text-link', href: '#/deals', text: 'All deals' }), newest)));

  const td = (label, content, className) => h('td', { className, dataset: { label } }, content);

  const drawFunding = (months) => {
    fundingCanvas.setAttribute('aria-label', months.length
      ? `Funding per month in US dollars, ${periodLabel(months[0].month, 'month')} to ${periodLabel(months[months.length - 1].month, 'month')}; `
        + `largest month ${periodLabel(months.reduce((a, b) => (b.usd > a.usd ? b : a)).month, 'month')}. The table below has every month.`
      : 'No dated funding rounds yet.');
    clear(fundingTable).append(...months.map((m) => h('tr', {},
      td('Month', h('a', { href: dealsHash({ type: 'funding', from: m.month, to: lastDayOf(m.month) }), text: periodLabel(m.month, 'month') })),
      td('Rounds', formatCount(m.rounds), 'num'), td('Disclosed USD', m.usd ? formatUsd(m.usd) : '—', 'num'))));
    const Chart = globalThis.Chart;
    if (!Chart || !months.length) return;
    charts.push(new Chart(fundingCanvas, {
      type: 'bar',
      data: {
        labels: months.map((m) => periodLabel(m.month, 'month')),
        datasets: [{ label: 'USD raised', data: months.map((m) => m.usd), backgroundColor: FUNDING_COLOR, borderRadius: 3, maxBarThickness: 28 }],
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => `${compactUsd.format(item.raw)} disclosed`,
              afterLabel: (item) => {
                const m = months[item.dataIndex];
                return `${m.rounds} round${m.rounds === 1 ? '' : 's'}${m.undisclosed ? `, ${m.undisclosed} undisclosed` : ''}`;
              },
            },
          },
        },
        scales: {
          x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 10 } },
          y: { beginAtZero: true, grid: { color: '#e2e8f0' }, ticks: { callback: (v) => compactUsd.format(v), maxTicksLimit: 6 } },
        },
        onHover: (_e, active) => fundingCanvas.classList.toggle('clickable', active.length > 0),
        onClick: (_e, active) => {
          const m = active[0] && months[active[0].index];
          if (m) location.hash = dealsHash({ type: 'funding', from: m.month, to: lastDayOf(m.month) });
        },
      },
    }));
  };

  const drawMix = (byType) => {
    const counts = DEAL_TYPES.map((t) => [t, byType[t] ?? 0]).filter(([, n]) => n > 0);
    const total = counts.reduce((s, [, n]) => s + n, 0);
    mixCanvas.setAttribute('aria-label', `Deal types: ${counts.map(([t, n]) => `${typeLabel(t)} ${n}`).join(', ')}.`);
    clear(mixList).append(...counts.map(([t, n]) => h('li', {},
      h('i', { className: `swatch swatch-type-${t}`, attrs: { 'aria-hidden': 'true' } }),
      h('a', { href: dealsHash({ type: t }), text: typeLabel(t) }),
      h('span', { className: 'mix-count', text: `${formatCount(n)} · ${Math.round((n / total) * 100)}%` }))));
    const Chart = globalThis.Chart;
    if (!Chart || !counts.length) return;
    charts.push(new Chart(mixCanvas, {
      type: 'doughnut',
      data: {
        labels: counts.map(([t]) => typeLabel(t)),
        datasets: [{ data: counts.map(([, n]) => n), backgroundColor: counts.map(([t]) => TYPE_COLORS[t]), borderColor: '#fff', borderWidth: 2 }],
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, cutout: '62%',
        plugins: { legend: { display: false } },
        onHover: (_e, active) => mixCanvas.classList.toggle('clickable', active.length > 0),
        onClick: (_e, active) => {
          const c = active[0] && counts[active[0].index];
          if (c) location.hash = dealsHash({ type: c[0] });
        },
      },
    }));
  };

  const load = async () => {
    try {
      const [figures, { items: deals }, companies] = await Promise.all([
        api.dealStats({}, controller.signal), api.deals({}, undefined, 8, controller.signal), api.companies('', 10, controller.signal)]);
      clear(stats).append(
        statCard('Deals', formatCount(figures.total)),
        statCard('Funding rounds', formatCount(figures.byType.funding ?? 0)),
        statCard('Disclosed funding', figures.disclosedFundingUsd ? formatUsd(figures.disclosedFundingUsd) : '—', 'in US dollars'),
        statCard('Acquisitions', formatCount(figures.byType.acquisition ?? 0)),
        statCard('Latest deal', figures.latestDay ? formatDate(figures.latestDay) : '—'));
      stats.removeAttribute('aria-busy');
      drawFunding(fundingByMonth(figures.fundingByMonth));
      drawMix(figures.byType);
      const investors = figures.topInvestors;
      clear(investorsBody).append(...(investors.length ? investors.map((i) => h('tr', {},
        td('Investor', companyLink(i.id, i.name)), td('Led', formatCount(i.led), 'num'), td('Joined', formatCount(i.joined), 'num'),
        td('Rounds’ USD', i.usd ? formatUsd(i.usd) : '—', 'num')))
        : [h('tr', {}, h('td', { attrs: { colspan: 4 }, className: 'muted', text: 'No investors recorded yet.' }))]));
      clear(mentionedBody).append(...companies.items.map((c) => h('tr', {},
        td('Company', h('a', { href: companyHref(c.id), text: c.name })), td('Mentions', formatCount(c.mentions), 'num'), td('Articles', formatCount(c.articles), 'num'))));
      clear(newest).append(...deals.slice(0, 8).map((d) => h('li', { className: 'newest' },
        h('time', { className: 'newest-date', attrs: { datetime: d.announcedOn ?? undefined }, text: formatDate(d.announcedOn) || '—' }),
        h('span', { className: `badge badge-${d.type}`, text: typeLabel(d.type) }),
        h('span', { className: 'newest-subject' }, d.subject ? companyLink(d.subject.id, d.subject.name) : h('span', { className: 'muted', text: 'Unnamed' }),
          d.round ? h('span', { className: 'muted', text: ` · ${d.round}` }) : null),
        h('span', { className: 'newest-amount' }, amountCell(d.amount)))));
      if (!deals.length) newest.append(h('li', { className: 'muted', text: 'No deals yet: ingest some news first.' }));
    } catch (err) {
      if (isAbort(err)) return;
      stats.removeAttribute('aria-busy');
      ctx.showError(`Could not load the overview: ${err.message}`);
    }
  };

  document.title = 'Overview · news-intel';
  load();

  return {
    focusTarget: title,
    update(next) { return next.name === 'overview'; },
    unmount() {
      controller.abort();
      for (const c of charts) c.destroy();
    },
  };
}
