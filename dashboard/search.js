// The header's company search: an ARIA combobox with a debounced list of matches.
import { api, isAbort } from './api.js';
import { clear, debounce, h } from './dom.js';
import { formatCount } from './format.js';
import { companyHref } from './deals-table.js';

/** Wires the combobox in the header; `onError` shows a failed lookup. */
export function setupSearch({ input, list, status, form }, onError) {
  let items = [];
  let active = -1;
  let controller = null;
  let shownFor = null; // the query whose matches the list shows

  const close = () => {
    shownFor = null;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i) => {
    const options = [...list.querySelectorAll('[role="option"]')];
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    active = i;
    if (i >= 0 && options[i]) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const choose = (item) => {
    close();
    input.value = '';
    location.hash = companyHref(item.id);
  };

  const render = (q) => {
    shownFor = q;
    list.dataset.query = q;
    clear(list);
    if (!items.length) {
      list.append(h('li', { className: 'search-empty', text: `No company matches “${q}”`, attrs: { role: 'presentation' } }));
    }
    items.forEach((item, i) => {
      list.append(h('li', {
        id: `search-option-${i}`,
        className: 'search-option',
        attrs: { role: 'option', 'aria-selected': 'false' },
        on: {
          mousedown: (e) => e.preventDefault(), // keep focus in the input
          click: () => choose(item),
          mousemove: () => { if (active !== i) setActive(i); },
        },
      },
      h('span', { className: 'search-name', text: item.name }),
      h('span', { className: 'search-meta', text: `${formatCount(item.mentions)} mentions · ${formatCount(item.articles)} articles` })));
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = items.length
      ? `${items.length} compan${items.length === 1 ? 'y' : 'ies'} found; use the up and down arrows to choose`
      : 'No companies found';
  };

  /** Fetches the matches for q and shows them; resolves to whether they are shown. */
  const fetchMatches = async (q) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const res = await api.companies(q, 8, controller.signal);
      if (input.value.trim() !== q) return false;
      items = res.items;
      active = -1;
      render(q);
      return true;
    } catch (err) {
      if (!isAbort(err)) onError(`Company search failed: ${err.message}`);
      return false;
    }
  };
  const lookup = debounce(fetchMatches, 200);

  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (!q) {
      lookup.cancel();
      controller?.abort();
      items = [];
      close();
      status.textContent = '';
      return;
    }
    lookup(q);
  });

  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && items.length > 0;
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      setActive((active + 1) % items.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActive(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else {
        input.value = '';
      }
    }
  });

  // Enter: the highlighted company, or the first match.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    if (list.hidden || shownFor !== q) {
      // Enter before the debounced lookup answered: look up now and open the first match.
      lookup.cancel();
      fetchMatches(q).then((shown) => { if (shown && items[0]) choose(items[0]); });
      return;
    }
    const pick = items[active >= 0 ? active : 0];
    if (pick) choose(pick);
  });

  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('focus', () => { if (input.value.trim() && items.length) render(input.value.trim()); });
}
