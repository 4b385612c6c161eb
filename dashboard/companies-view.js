// The most-mentioned companies, optionally narrowed by a name filter.
import { api, isAbort } from './api.js';
import { clear, h } from './dom.js';
import { companyHref } from './deals-table.js';
import { formatCount } from './format.js';

const LIMIT = 100;

export function mountCompanies(container, route, ctx) {
  let q = route.params.get('q')?.trim() ?? '';
  let controller = null;

  const input = h('input', { type: 'search', id: 'companies-filter', name: 'q', value: q, autocomplete: 'off', attrs: { maxlength: '200' } });
  const form = h('form', { className: 'inline-form', attrs: { role: 'search', 'aria-label': 'Filter companies' } },
    h('label', { attrs: { for: 'companies-filter' }, text: 'Name contains' }), input,
    h('button', { type: 'submit', className: 'button', text: 'Filter' }));
  const count = h('p', { className: 'result-count', attrs: { role: 'status', 'aria-live': 'polite' } });
  const body = h('tbody');
  const table = h('div', { className: 'table-wrap' }, h('table', { className: 'companies-table' },
    h('caption', { className: 'visually-hidden', text: 'Companies, most mentioned first' }),
    h('thead', {}, h('tr', {},
      h('th', { attrs: { scope: 'col' }, text: 'Company' }),
      h('th', { className: 'num', attrs: { scope: 'col' }, text: 'Mentions' }),
      h('th', { className: 'num', attrs: { scope: 'col' }, text: 'Articles' }))),
    body));
  const title = h('h1', { className: 'page-title', attrs: { tabindex: '-1' }, text: 'Companies' });

  clear(container).append(h('section', { className: 'view companies-view' },
    h('header', { className: 'page-head' }, h('div', {}, title,
      h('p', { className: 'lede muted', text: 'Every company found in the news, most mentioned first.' }))),
    h('section', { className: 'card' }, h('div', { className: 'card-head' }, form, count), table)));

  const load = async () => {
    controller?.abort();
    controller = new AbortController();
    count.textContent = 'Loading…';
    try {
      const res = await api.companies(q, LIMIT, controller.signal);
      clear(body).append(...res.items.map((c) => h('tr', {},
        h('td', { dataset: { label: 'Company' } }, h('a', { href: companyHref(c.id), text: c.name })),
        h('td', { className: 'num', dataset: { label: 'Mentions' }, text: formatCount(c.mentions) }),
        h('td', { className: 'num', dataset: { label: 'Articles' }, text: formatCount(c.articles) }))));
      count.textContent = res.items.length
        ? `${res.items.length}${res.items.length === LIMIT ? '+' : ''} compan${res.items.length === 1 ? 'y' : 'ies'}`
        : 'No companies found';
      ctx.clearError();
    } catch (err) {
      if (isAbort(err)) return;
      count.textContent = 'Companies could not be loaded';
      ctx.showError(`Could not load companies: ${err.message}`);
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = input.value.trim();
    location.hash = v ? `#/companies?q=${encodeURIComponent(v)}` : '#/companies';
  });

  document.title = 'Companies · news-intel';
  load();

  return {
    focusTarget: title,
    update(next) {
      if (next.name !== 'companies') return false;
      const nq = next.params.get('q')?.trim() ?? '';
      if (nq !== q) {
        q = nq;
        input.value = q;
        load();
      }
      return true;
    },
    unmount() { controller?.abort(); },
  };
}
