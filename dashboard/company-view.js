// One company: profile, timeline chart and its deals.
import { api, isAbort } from './api.js';
import { clear, h } from './dom.js';
import { companyHref, dealRows, dealsTable } from './deals-table.js';
import { formatCount, formatDate, roleLabel } from './format.js';
import { describeTimeline, drawTimeline } from './timeline-chart.js';

export const INTERVALS = ['day', 'week', 'month', 'quarter'];
const INTERVAL_LABELS = { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter' };

const intervalOf = (route) => (INTERVALS.includes(route.params.get('interval')) ? route.params.get('interval') : 'month');

function stat(label, value, extra) {
  return h('div', { className: 'stat' }, h('dt', { text: label }), h('dd', {}, h('span', { className: 'stat-value', text: value }), extra));
}

function profileView(p) {
  const roles = Object.entries(p.dealsByRole).sort((a, b) => b[1] - a[1]);
  const dealCount = p.deals.length;
  return [
    h('dl', { className: 'stats' },
      stat('Mentions', formatCount(p.mentions)),
      stat('Articles', formatCount(p.articles)),
      stat('First seen', formatDate(p.firstSeen) || '—'),
      stat('Last seen', formatDate(p.lastSeen) || '—'),
      stat('Deals', formatCount(dealCount), roles.length
        ? h('ul', { className: 'role-list', attrs: { 'aria-label': 'Deals by role' } },
          roles.map(([role, n]) => h('li', { className: 'chip', text: `${roleLabel(role)} ${n}` })))
        : null)),
  ];
}

export function mountCompany(container, route, ctx) {
  const id = route.id;
  const controller = new AbortController();
  let chart = null;
  let interval = intervalOf(route);

  const title = h('h1', { className: 'page-title', attrs: { tabindex: '-1' }, text: 'Loading company…' });
  const aliases = h('p', { className: 'aliases' });
  const inTable = h('a', { className: 'button button-secondary', href: `#/deals?company=${encodeURIComponent(id)}`, text: 'Open in deals table' });
  const actions = h('div', { className: 'head-actions' },
    inTable,
    h('a', { className: 'button', id: 'company-csv', href: api.dealsCsvHref({ company: id }), attrs: { download: 'deals.csv' }, text: 'Download CSV' }));
  const profile = h('div', { className: 'profile', attrs: { 'aria-busy': 'true' } });

  const radios = INTERVALS.map((iv) => h('label', { className: 'segment' },
    h('input', {
      type: 'radio', name: 'interval', value: iv, checked: iv === interval,
      on: { change: () => { location.hash = `${companyHref(id)}?interval=${iv}`; } },
    }),
    h('span', { text: INTERVAL_LABELS[iv] })));
  const canvas = h('canvas', { id: 'timeline-chart', attrs: { role: 'img', 'aria-label': 'Timeline chart, loading' } });
  const chartNote = h('p', { className: 'chart-note muted', attrs: { 'aria-live': 'polite' } });
  const chartBox = h('div', { className: 'chart-box' }, canvas);

  const dealsCount = h('p', { className: 'result-count', attrs: { 'aria-live': 'polite', role: 'status' } });
  const table = dealsTable('Deals of this company, newest first');
  const empty = h('p', { className: 'empty', hidden: true, text: 'No deals recorded for this company yet.' });

  clear(container).append(h('article', { className: 'view company-view' },
    h('nav', { className: 'breadcrumb', attrs: { 'aria-label': 'Breadcrumb' } },
      h('a', { href: '#/companies', text: 'Companies' }), h('span', { attrs: { 'aria-hidden': 'true' }, text: ' / ' }),
      h('span', { attrs: { 'aria-current': 'page' }, text: 'Profile' })),
    h('header', { className: 'page-head' }, h('div', {}, title, aliases), actions),
    profile,
    h('section', { className: 'card', attrs: { 'aria-labelledby': 'timeline-heading' } },
      h('div', { className: 'card-head' },
        h('h2', { id: 'timeline-heading', text: 'Activity over time' }),
        h('fieldset', { className: 'segmented' }, h('legend', { className: 'visually-hidden', text: 'Interval' }), radios)),
      chartBox, chartNote),
    h('section', { className: 'card', attrs: { 'aria-labelledby': 'company-deals-heading' } },
      h('div', { className: 'card-head' }, h('h2', { id: 'company-deals-heading', text: 'Deals' }), dealsCount),
      table, empty)));

  let timelineSeq = 0;
  const loadTimeline = async () => {
    const mine = ++timelineSeq;
    chartBox.setAttribute('aria-busy', 'true');
    try {
      const t = await api.timeline(id, interval, controller.signal);
      if (mine !== timelineSeq) return; // a later interval was chosen meanwhile
      canvas.setAttribute('aria-label', describeTimeline(t));
      chartNote.textContent = t.points.length ? '' : 'Nothing to chart yet: no mentions or dated deals.';
      chart = drawTimeline(canvas, t);
    } catch (err) {
      if (!isAbort(err)) ctx.showError(`Could not load the timeline: ${err.message}`);
    } finally {
      if (mine === timelineSeq) chartBox.removeAttribute('aria-busy');
    }
  };

  const loadProfile = async () => {
    try {
      const p = await api.company(id, controller.signal);
      title.textContent = p.name;
      inTable.href = `#/deals?${new URLSearchParams({ company: p.name })}`;
      document.title = `${p.name} · news-intel`;
      clear(aliases);
      const others = p.aliases.filter((a) => a !== p.name);
      if (others.length) aliases.append(h('span', { className: 'muted', text: 'Also written as ' }), others.map((a) => h('span', { className: 'chip chip-alias', text: a })));
      clear(profile).append(...profileView(p));
      profile.removeAttribute('aria-busy');
      const body = table.querySelector('tbody');
      clear(body).append(...p.deals.flatMap(dealRows));
      empty.hidden = p.deals.length > 0;
      table.hidden = p.deals.length === 0;
      dealsCount.textContent = `${p.deals.length} deal${p.deals.length === 1 ? '' : 's'}`;
    } catch (err) {
      if (isAbort(err)) return;
      title.textContent = err.status === 404 ? 'Company not found' : 'Could not load this company';
      profile.removeAttribute('aria-busy');
      ctx.showError(err.status === 404 ? `There is no company with id ${id}.` : `Could not load the company: ${err.message}`);
    }
  };

  document.title = 'Company · news-intel';
  loadProfile();
  loadTimeline();

  return {
    focusTarget: title,
    update(next) {
      if (next.name !== 'company' || next.id !== id) return false;
      const iv = intervalOf(next);
      if (iv !== interval) {
        interval = iv;
        for (const r of container.querySelectorAll('input[name="interval"]')) r.checked = r.value === iv;
        loadTimeline();
      }
      return true;
    },
    unmount() {
      controller.abort();
      chart?.destroy();
    },
  };
}
