// The deal search: a filter form, a table paged by cursor, and a CSV link for the same filters.
import { api, isAbort } from './api.js';
import { clear, debounce, h } from './dom.js';
import { dealRows, dealsTable } from './deals-table.js';
import { DEAL_STATUSES, DEAL_TYPES, formatCount, statusLabel, typeLabel } from './format.js';

// The URL's order of keys, which is also the API's: the deals view, its URL and its CSV link use one set of filters.
export const FILTER_KEYS = ['q', 'type', 'status', 'round', 'currency', 'company', 'investor', 'acquirer', 'min_usd', 'max_usd',
  'from', 'to', 'min_confidence', 'sort'];
const PAGE_SIZE = 50;
const ROUNDS = ['Pre-seed', 'Seed', 'Series A', 'Series B', 'Series C', 'Series D', 'Series E', 'Bridge', 'Debt', 'Grant'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'INR', 'JPY', 'SGD', 'HKD', 'CHF', 'SEK', 'CAD', 'AUD'];
/** 'date' is the API's default and stays out of the URL. */
const SORTS = [['date', 'Newest first'], ['amount', 'Largest amount first']];

/** The filters named in a route's query, empty ones (and the default sort) left out. */
export function filtersOf(route) {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = route.params.get(k)?.trim();
    if (v) f[k] = v;
  }
  if (f.sort === 'date') delete f.sort;
  return f;
}

/** The deals view's location for a set of filters, keys in FILTER_KEYS order. */
export function dealsHash(f) {
  const qs = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k] && !(k === 'sort' && f[k] === 'date')) qs.set(k, f[k]);
  const s = qs.toString();
  return s ? `#/deals?${s}` : '#/deals';
}

const sameFilters = (a, b) => FILTER_KEYS.every((k) => (a[k] ?? '') === (b[k] ?? ''));

function field(id, label, input, hint) {
  input.id = id;
  const hintEl = hint ? h('span', { className: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return h('div', { className: 'field' }, h('label', { attrs: { for: id }, text: label }), input, hintEl);
}

export function mountDeals(container, route, ctx) {
  let filters = filtersOf(route);
  let cursor = null;
  let shown = 0;
  // The first page's count of matches: { n, capped }; the API stops counting at a cap and says so ("10,000+").
  let total = null;
  let controller = null;
  let seq = 0;

  const reset = () => {
    if (location.hash === '#/deals') {
      filters = {};
      apply();
    } else {
      location.hash = '#/deals';
    }
  };

  const typeBoxes = DEAL_TYPES.map((t) => h('input', { type: 'checkbox', name: 'type', value: t }));
  const statusBoxes = DEAL_STATUSES.map((t) => h('input', { type: 'checkbox', name: 'status', value: t }));
  const text = h('input', { type: 'search', name: 'q', autocomplete: 'off', attrs: { maxlength: '200', placeholder: 'e.g. battery storage' } });
  const sort = h('select', { name: 'sort' }, SORTS.map(([v, label]) => h('option', { value: v, text: label })));
  const currency = h('input', { type: 'text', name: 'currency', autocomplete: 'off', attrs: { list: 'currency-options', maxlength: '3', placeholder: 'Any', pattern: '[A-Za-z]{3}' } });
  const investor = h('input', { type: 'text', name: 'investor', autocomplete: 'off', attrs: { list: 'company-options', maxlength: '200' } });
  const acquirer = h('input', { type: 'text', name: 'acquirer', autocomplete: 'off', attrs: { list: 'company-options', maxlength: '200' } });
  const minConfidence = h('input', { type: 'number', name: 'min_confidence', attrs: { min: '0', max: '1', step: '0.05', inputmode: 'decimal', placeholder: '0 to 1' } });
  const round = h('input', { type: 'text', name: 'round', autocomplete: 'off', attrs: { list: 'round-options', maxlength: '40' } });
  const company = h('input', { type: 'text', name: 'company', autocomplete: 'off', attrs: { list: 'company-options', maxlength: '200' } });
  const minUsd = h('input', { type: 'number', name: 'min_usd', attrs: { min: '0', step: 'any', inputmode: 'decimal', placeholder: 'e.g. 1000000' } });
  const maxUsd = h('input', { type: 'number', name: 'max_usd', attrs: { min: '0', step: 'any', inputmode: 'decimal', placeholder: 'e.g. 50000000' } });
  const from = h('input', { type: 'date', name: 'from' });
  const to = h('input', { type: 'date', name: 'to' });
  const companyOptions = h('datalist', { id: 'company-options' });
  const inputs = {
    q: text, round, currency, company, investor, acquirer, min_usd: minUsd, max_usd: maxUsd, from, to, min_confidence: minConfidence,
  };

  // On narrow screens the filters fold away behind this button (it is hidden on wide ones).
  const toggleLabel = h('span', { text: 'Filters' });
  const toggle = h('button', {
    type: 'button', className: 'button button-secondary filters-toggle',
    attrs: { 'aria-expanded': 'false', 'aria-controls': 'filters-body' },
    on: { click: () => setFolded(toggle.getAttribute('aria-expanded') === 'true') },
  }, toggleLabel);
  const form = h('form', { className: 'filters card folded', attrs: { 'aria-label': 'Deal filters', novalidate: true } }, toggle,
    h('div', { className: 'filters-body', id: 'filters-body' },
    h('div', { className: 'filter-top' },
      field('f-q', 'Search titles and evidence', text, 'Words, "a phrase", -not'),
      field('f-sort', 'Sort', sort)),
    h('div', { className: 'toggle-row' },
      h('fieldset', { className: 'type-filter' },
        h('legend', { text: 'Deal type' }),
        h('div', { className: 'toggles' }, typeBoxes.map((box) => h('label', { className: 'toggle' }, box, h('span', { text: typeLabel(box.value) }))))),
      h('fieldset', { className: 'type-filter' },
        h('legend', { text: 'Status' }),
        h('div', { className: 'toggles' }, statusBoxes.map((box) => h('label', { className: 'toggle' }, box, h('span', { text: statusLabel(box.value) })))))),
    h('div', { className: 'filter-grid' },
      field('f-company', 'Company', company, 'Exact name or alias'),
      field('f-investor', 'Investor', investor, 'Lead or participant'),
      field('f-acquirer', 'Acquirer', acquirer),
      field('f-round', 'Round', round),
      field('f-currency', 'Currency', currency, 'ISO code, e.g. EUR'),
      field('f-min', 'Min amount (USD)', minUsd),
      field('f-max', 'Max amount (USD)', maxUsd),
      field('f-from', 'Announced from', from),
      field('f-to', 'Announced to', to),
      field('f-confidence', 'Min confidence', minConfidence, 'Extraction score, 0 to 1')),
    h('datalist', { id: 'round-options' }, ROUNDS.map((r) => h('option', { value: r }))),
    h('datalist', { id: 'currency-options' }, CURRENCIES.map((r) => h('option', { value: r }))),
    companyOptions,
    h('div', { className: 'filter-actions' },
      h('button', { type: 'submit', className: 'button', text: 'Apply filters' }),
      h('button', { type: 'button', className: 'button button-secondary', text: 'Reset', on: { click: reset } }))));

  function setFolded(folded) {
    form.classList.toggle('folded', folded);
    toggle.setAttribute('aria-expanded', String(!folded));
  }

  const count = h('p', { className: 'result-count', id: 'deals-count', attrs: { role: 'status', 'aria-live': 'polite' } });
  const csv = h('a', { className: 'button button-secondary', id: 'csv-link', attrs: { download: 'deals.csv' } }, h('span', { attrs: { 'aria-hidden': 'true' }, text: '⤓ ' }), 'Download CSV');
  const table = dealsTable('Deals matching the filters', (key) => navigate({ ...filters, sort: key }));
  const body = table.querySelector('tbody');
  const empty = h('p', { className: 'empty', hidden: true, text: 'No deals match these filters.' });
  const more = h('button', { type: 'button', className: 'button button-secondary load-more', hidden: true, text: 'Load more deals' });

  const title = h('h1', { className: 'page-title', attrs: { tabindex: '-1' }, text: 'Deals' });
  clear(container).append(h('section', { className: 'view deals-view', attrs: { 'aria-labelledby': 'deals-title' } },
    h('header', { className: 'page-head' },
      h('div', {}, Object.assign(title, { id: 'deals-title' }),
        h('p', { className: 'lede muted', text: 'Funding rounds, acquisitions, partnerships and more, as extracted from the news.' }))),
    form,
    h('section', { className: 'card results', attrs: { 'aria-label': 'Results' } },
      h('div', { className: 'card-head' }, count, csv),
      table, empty, h('div', { className: 'more-row' }, more))));

  const fillForm = () => {
    const active = Object.keys(filters).filter((k) => k !== 'sort').length;
    toggleLabel.textContent = active ? `Filters (${active} active)` : 'Filters';
    const types = (filters.type ?? '').split(',');
    for (const box of typeBoxes) box.checked = types.includes(box.value);
    const statuses = (filters.status ?? '').split(',');
    for (const box of statusBoxes) box.checked = statuses.includes(box.value);
    for (const [k, input] of Object.entries(inputs)) input.value = filters[k] ?? '';
    sort.value = filters.sort ?? 'date';
    table.setSort(filters.sort ?? 'date');
  };

  const formFilters = () => {
    const f = {};
    const types = typeBoxes.filter((b) => b.checked).map((b) => b.value);
    if (types.length && types.length < DEAL_TYPES.length) f.type = types.join(',');
    const statuses = statusBoxes.filter((b) => b.checked).map((b) => b.value);
    if (statuses.length && statuses.length < DEAL_STATUSES.length) f.status = statuses.join(',');
    for (const [k, input] of Object.entries(inputs)) if (input.value.trim()) f[k] = input.value.trim();
    if (f.currency) f.currency = f.currency.toUpperCase();
    if (sort.value !== 'date') f.sort = sort.value;
    return f;
  };

  /** "Showing 50 of 1,234 deals", "Showing 50 of 10,000+ deals" when the count stopped at its cap, "Showing 4 deals" when all are shown. */
  const setCount = (more) => {
    const sort = filters.sort === 'amount' ? ' · largest amount first' : '';
    if (!shown) count.textContent = 'No deals found';
    else if (total && (total.capped || total.n > shown)) {
      count.textContent = `Showing ${formatCount(shown)} of ${formatCount(total.n)}${total.capped ? '+' : ''} deals${sort}`;
    } else count.textContent = `Showing ${formatCount(shown)} deal${shown === 1 ? '' : 's'}${more ? ' — more available' : ''}${sort}`;
  };

  const load = async (append) => {
    controller?.abort();
    controller = new AbortController();
    const mine = ++seq;
    more.disabled = true;
    table.setAttribute('aria-busy', 'true');
    if (!append) count.textContent = 'Loading deals…';
    try {
      const page = await api.deals(filters, append ? cursor : undefined, PAGE_SIZE, controller.signal);
      if (mine !== seq) return;
      if (!append) {
        clear(body);
        shown = 0;
        total = typeof page.total === 'number' ? { n: page.total, capped: page.totalCapped === true } : null;
      }
      body.append(...page.items.flatMap(dealRows));
      shown += page.items.length;
      cursor = page.nextCursor;
      more.hidden = !cursor;
      empty.hidden = shown > 0;
      table.hidden = shown === 0;
      setCount(Boolean(cursor));
      ctx.clearError();
    } catch (err) {
      if (isAbort(err)) return;
      count.textContent = 'Deals could not be loaded';
      ctx.showError(`Could not load deals: ${err.message}`);
    } finally {
      if (mine === seq) {
        more.disabled = false;
        table.removeAttribute('aria-busy');
      }
    }
  };

  const apply = () => {
    fillForm();
    csv.href = api.dealsCsvHref(filters);
    cursor = null;
    load(false);
  };

  function navigate(f) {
    const next = dealsHash(f);
    if (location.hash === next) apply();
    else location.hash = next;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(formFilters());
  });
  // Choosing a sort applies at once, as the sortable headers do.
  sort.addEventListener('change', () => navigate({ ...filters, sort: sort.value }));
  more.addEventListener('click', () => load(true));

  let suggestController = null;
  const suggest = debounce(async (q) => {
    suggestController?.abort();
    suggestController = new AbortController();
    try {
      const res = await api.companies(q, 10, suggestController.signal);
      clear(companyOptions).append(...res.items.map((c) => h('option', { value: c.name })));
    } catch (err) {
      if (!isAbort(err)) ctx.showError(`Company suggestions failed: ${err.message}`);
    }
  }, 250);
  for (const input of [company, investor, acquirer]) input.addEventListener('input', () => { if (input.value.trim()) suggest(input.value.trim()); });

  document.title = 'Deals · news-intel';
  apply();

  return {
    focusTarget: title,
    update(next) {
      if (next.name !== 'deals') return false;
      const f = filtersOf(next);
      if (!sameFilters(f, filters)) {
        filters = f;
        apply();
      }
      return true;
    },
    unmount() {
      controller?.abort();
      suggestController?.abort();
      suggest.cancel();
    },
  };
}
