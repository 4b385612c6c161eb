// One company: profile and relations, timeline chart, relationship graph, its deals and the articles that name it.
// Route: #/company/<id>?interval=&depth=&types=&from=&to=  (defaults left out of the URL)
import { api, isAbort, tokenStore } from './api.js';
import { clear, externalLink, h } from './dom.js';
import { companyHref, dealRows, dealsTable } from './deals-table.js';
import { EDGE_TYPES, formatDate } from './format.js';
import { profileView, relationsView } from './company-profile.js';
import { companyGraph } from './company-graph.js';
import { describeTimeline, drawTimeline } from './timeline-chart.js';

export const INTERVALS = ['day', 'week', 'month', 'quarter'];
const INTERVAL_LABELS = { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter' };
const ARTICLES_PAGE = 10;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The company view's settings in a route, defaults filled in. */
export function companyState(route) {
  const p = route.params;
  const interval = INTERVALS.includes(p.get('interval')) ? p.get('interval') : 'month';
  const depth = p.get('depth') === '2' ? 2 : 1;
  const listed = (p.get('types') ?? '').split(',').filter((t) => EDGE_TYPES.includes(t));
  const types = p.has('types') ? EDGE_TYPES.filter((t) => listed.includes(t)) : [...EDGE_TYPES];
  const from = isoDay.test(p.get('from') ?? '') ? p.get('from') : '';
  const to = isoDay.test(p.get('to') ?? '') ? p.get('to') : '';
  return { interval, depth, types, from, to };
}

/** The company view's location for settings, defaults left out. */
export function companyLocation(id, s) {
  const qs = new URLSearchParams();
  if (s.interval !== 'month') qs.set('interval', s.interval);
  if (s.depth !== 1) qs.set('depth', String(s.depth));
  if (s.types.length !== EDGE_TYPES.length) qs.set('types', s.types.join(','));
  if (s.from) qs.set('from', s.from);
  if (s.to) qs.set('to', s.to);
  const q = qs.toString();
  return `${companyHref(id)}${q ? `?${q}` : ''}`;
}

export function mountCompany(container, route, ctx) {
  const id = route.id;
  const controller = new AbortController();
  let chart = null;
  let state = companyState(route);
  let companyName = '';
  let articlesCursor = null;

  const go = (next) => { location.hash = companyLocation(id, { ...state, ...next }); };

  const title = h('h1', { className: 'page-title', attrs: { tabindex: '-1' }, text: 'Loading company…' });
  const aliases = h('p', { className: 'aliases' });
  const notice = h('p', { className: 'notice', hidden: true });
  const inTable = h('a', { className: 'button button-secondary', href: `#/deals?company=${encodeURIComponent(id)}`, text: 'Open in deals table' });
  // Curation: a name the extractor took for a company that is not one (a region, a product) can be set aside.
  const wrongButton = h('button', { type: 'button', className: 'button button-quiet', hidden: true, id: 'mark-wrong' });
  const wrongStatus = h('p', { className: 'action-status head-status', attrs: { role: 'status' } });
  let markedWrong = false;
  wrongButton.addEventListener('click', async () => {
    const want = !markedWrong;
    wrongButton.disabled = true;
    wrongStatus.className = 'action-status head-status';
    wrongStatus.textContent = want ? 'Marking as not a company…' : 'Restoring as a company…';
    try {
      await api.markWrong(id, want, tokenStore.get());
      markedWrong = want;
      showWrong();
      wrongStatus.classList.add('ok');
      wrongStatus.textContent = want ? 'Marked as not a company.' : 'Restored as a company.';
      ctx.clearError();
    } catch (err) {
      wrongStatus.classList.add('failed');
      clear(wrongStatus).append(`Failed: ${err.message.replace(/\.$/, '')}.`,
        ...(err.status === 401 ? [' Set your API token on the ', h('a', { href: '#/review', text: 'Review page' }), '.'] : []));
      ctx.showError(`Could not change the company: ${err.message}`);
    } finally {
      wrongButton.disabled = false;
      wrongButton.focus();
    }
  });
  const showWrong = () => {
    wrongButton.hidden = false;
    wrongButton.textContent = markedWrong ? 'Restore as a company' : 'Mark as not a company';
    wrongButton.title = markedWrong ? 'Undo: count this name as a company again' : 'Mark this name as not a company (needs an API token)';
    notice.hidden = !markedWrong;
    if (markedWrong) notice.textContent = 'A curator marked this name as not a company; it is left out of searches and graphs.';
  };

  const actions = h('div', { className: 'head-actions' },
    wrongButton,
    inTable,
    h('a', { className: 'button', id: 'company-csv', href: api.dealsCsvHref({ company: id }), attrs: { download: 'deals.csv' }, text: 'Download CSV' }));
  const profile = h('div', { className: 'profile', attrs: { 'aria-busy': 'true' } });
  const relations = h('div', { className: 'relations' });

  // Timeline
  const radios = INTERVALS.map((iv) => h('label', { className: 'segment' },
    h('input', { type: 'radio', name: 'interval', value: iv, checked: iv === state.interval, on: { change: () => go({ interval: iv }) } }),
    h('span', { text: INTERVAL_LABELS[iv] })));
  const canvas = h('canvas', { id: 'timeline-chart', attrs: { role: 'img', 'aria-label': 'Timeline chart, loading' } });
  const chartNote = h('p', { className: 'chart-note muted', attrs: { 'aria-live': 'polite' } });
  const chartBox = h('div', { className: 'chart-box' }, canvas);
  const timelineCsv = h('a', { className: 'text-link', href: api.timelineCsvHref(id, state.interval), attrs: { download: 'timeline.csv' }, text: 'Timeline CSV' });

  const graph = companyGraph(id, state, { go, signal: controller.signal, ctx, companyName: () => companyName });

  // Deals and articles
  const dealsCount = h('p', { className: 'result-count', attrs: { 'aria-live': 'polite', role: 'status' } });
  const table = dealsTable('Deals of this company, newest first');
  const empty = h('p', { className: 'empty', hidden: true, text: 'No deals recorded for this company yet.' });
  const articleList = h('ol', { className: 'article-list', attrs: { 'aria-busy': 'true' } });
  const articlesCount = h('p', { className: 'muted articles-count', attrs: { 'aria-live': 'polite' } });
  const moreArticles = h('button', { type: 'button', className: 'button button-secondary load-more', hidden: true, text: 'More articles' });

  clear(container).append(h('article', { className: 'view company-view' },
    h('nav', { className: 'breadcrumb', attrs: { 'aria-label': 'Breadcrumb' } },
      h('a', { href: '#/companies', text: 'Companies' }), h('span', { attrs: { 'aria-hidden': 'true' }, text: ' / ' }),
      h('span', { attrs: { 'aria-current': 'page' }, text: 'Profile' })),
    h('header', { className: 'page-head' }, h('div', {}, title, aliases), h('div', { className: 'head-side' }, actions, wrongStatus)),
    notice,
    profile,
    h('section', { className: 'card', attrs: { 'aria-labelledby': 'relations-heading' } },
      h('div', { className: 'card-head' }, h('h2', { id: 'relations-heading', text: 'Investors, portfolio and co-mentions' })),
      relations),
    h('section', { className: 'card', attrs: { 'aria-labelledby': 'timeline-heading' } },
      h('div', { className: 'card-head' },
        h('h2', { id: 'timeline-heading', text: 'Activity over time' }),
        h('div', { className: 'card-tools' },
          h('fieldset', { className: 'segmented' }, h('legend', { className: 'visually-hidden', text: 'Interval' }), radios),
          timelineCsv)),
      chartBox, chartNote),
    graph.element,
    h('section', { className: 'card', attrs: { 'aria-labelledby': 'company-deals-heading' } },
      h('div', { className: 'card-head' }, h('h2', { id: 'company-deals-heading', text: 'Deals' }), dealsCount),
      table, empty),
    h('section', { className: 'card', attrs: { 'aria-labelledby': 'company-articles-heading' } },
      h('div', { className: 'card-head' }, h('h2', { id: 'company-articles-heading', text: 'Articles naming this company' }), articlesCount),
      articleList, h('div', { className: 'more-row' }, moreArticles))));

  let timelineSeq = 0;
  const loadTimeline = async () => {
    const mine = ++timelineSeq;
    chartBox.setAttribute('aria-busy', 'true');
    timelineCsv.href = api.timelineCsvHref(id, state.interval);
    try {
      const t = await api.timeline(id, state.interval, controller.signal);
      if (mine !== timelineSeq) return; // a later interval was chosen meanwhile
      canvas.setAttribute('aria-label', describeTimeline(t));
      chartNote.textContent = t.points.length ? '' : 'Nothing to chart yet: no mentions or dated deals.';
      chart = drawTimeline(canvas, t);
    } catch (err) {
      if (!isAbort(err) && err.status !== 404) ctx.showError(`Could not load the timeline: ${err.message}`);
    } finally {
      if (mine === timelineSeq) chartBox.removeAttribute('aria-busy');
    }
  };

  const loadArticles = async (more) => {
    moreArticles.disabled = true;
    try {
      const page = await api.articles({ company: id }, more ? articlesCursor : undefined, ARTICLES_PAGE, controller.signal);
      if (!more) clear(articleList);
      articleList.append(...page.items.map((a) => h('li', { className: 'article' },
        externalLink(a.url, a.title || 'Untitled article', 'article-title'),
        h('span', { className: 'article-meta muted' },
          [a.publishedAt ? formatDate(a.publishedAt) : null, a.feed?.title ?? null, a.author ?? null].filter(Boolean).join(' · ')))));
      articlesCursor = page.nextCursor;
      moreArticles.hidden = !articlesCursor;
      const n = articleList.children.length;
      articlesCount.textContent = n ? `${n}${articlesCursor ? '+' : ''} article${n === 1 ? '' : 's'}` : 'No articles';
    } catch (err) {
      if (!isAbort(err) && err.status !== 404) ctx.showError(`Could not load the articles: ${err.message}`);
    } finally {
      moreArticles.disabled = false;
      articleList.removeAttribute('aria-busy');
    }
  };
  moreArticles.addEventListener('click', () => loadArticles(true));

  const loadProfile = async () => {
    try {
      const p = await api.company(id, controller.signal);
      companyName = p.name;
      title.textContent = p.name;
      inTable.href = `#/deals?${new URLSearchParams({ company: p.name })}`;
      document.title = `${p.name} · news-intel`;
      clear(aliases);
      const others = p.aliases.filter((a) => a !== p.name);
      if (others.length) aliases.append(h('span', { className: 'muted', text: 'Also written as ' }), ...others.map((a) => h('span', { className: 'chip chip-alias', text: a })));
      if (p.mergedIntoId) {
        notice.hidden = false;
        clear(notice).append('A curator merged this company into ', h('a', { href: companyHref(p.mergedIntoId), text: p.mergedInto?.name || 'another company' }), '; its mentions and deals are shown there.');
      } else {
        markedWrong = p.markedWrong;
        showWrong();
      }
      clear(profile).append(...profileView(p));
      clear(relations).append(...relationsView(p));
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
  graph.load();
  loadArticles(false);

  return {
    focusTarget: title,
    update(next) {
      if (next.name !== 'company' || next.id !== id) return false;
      const s = companyState(next);
      const intervalChanged = s.interval !== state.interval;
      state = s;
      for (const r of radios) r.querySelector('input').checked = r.querySelector('input').value === s.interval;
      if (intervalChanged) loadTimeline();
      graph.update(s);
      return true;
    },
    unmount() {
      controller.abort();
      chart?.destroy();
      graph.destroy();
    },
  };
}
