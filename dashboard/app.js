// news-intel dashboard: a hash router over five views, a header search and one message area.
// Routes: #/ (overview)  #/deals?<filters>  #/companies?q=  #/company/<id>?<settings>  #/review
import { h } from './dom.js';
import { mountCompanies } from './companies-view.js';
import { mountCompany } from './company-view.js';
import { mountDeals } from './deals-view.js';
import { mountOverview } from './overview-view.js';
import { mountReview } from './review-view.js';
import { setupSearch } from './search.js';

const main = document.getElementById('main');
const messages = document.getElementById('messages');

function showError(text) {
  messages.replaceChildren(h('div', { className: 'message message-error' },
    h('p', { text }),
    h('button', { type: 'button', className: 'message-close', attrs: { 'aria-label': 'Dismiss message' }, text: '×', on: { click: clearError } })));
  messages.hidden = false;
}
function clearError() {
  messages.replaceChildren();
  messages.hidden = true;
}
const ctx = { showError, clearError };

/** The route a location hash names; unknown ones fall back to the overview. */
export function parseRoute(hash) {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split(/\?(.*)/s);
  const params = new URLSearchParams(query);
  const company = /^\/company\/(\d{1,9})$/.exec(path);
  if (company) return { name: 'company', id: company[1], params };
  if (path === '/companies') return { name: 'companies', params };
  if (path === '/deals') return { name: 'deals', params };
  if (path === '/review') return { name: 'review', params };
  return { name: 'overview', params };
}

const MOUNT = { overview: mountOverview, deals: mountDeals, companies: mountCompanies, company: mountCompany, review: mountReview };
let current = null;
let first = true;

function route() {
  const r = parseRoute(location.hash);
  for (const link of document.querySelectorAll('.nav a')) {
    const on = link.dataset.route === r.name || (r.name === 'company' && link.dataset.route === 'companies');
    if (on) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (current?.update(r)) return;
  current?.unmount();
  clearError();
  current = MOUNT[r.name](main, r, ctx);
  // Move focus to the new page's heading so keyboard and screen-reader users land on it (not on first load).
  if (!first) current.focusTarget?.focus({ preventScroll: false });
  first = false;
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', route);
window.addEventListener('unhandledrejection', (e) => showError(`Unexpected error: ${e.reason?.message ?? e.reason}`));

setupSearch({
  form: document.getElementById('search-form'),
  input: document.getElementById('company-search'),
  list: document.getElementById('search-results'),
  status: document.getElementById('search-status'),
}, showError);

// "/" jumps to the company search from anywhere but a text field.
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  e.preventDefault();
  document.getElementById('company-search').focus();
});

if (globalThis.Chart) {
  // Every chart in the page's own type and ink.
  globalThis.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  globalThis.Chart.defaults.color = '#475569';
}
if (!globalThis.Chart) showError('The chart library did not load; charts will not be drawn.');
else if (!globalThis.ChartGraphs) showError('The graph library did not load; relationship graphs will not be drawn.');
route();
