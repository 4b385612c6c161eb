// The curator's review page: low-confidence deals to accept or reject, suspected duplicate companies to merge,
// recent merges to undo, and the log of what curators did. Every change needs an API token, typed here and kept
// in sessionStorage for this tab only; reading needs none.
import { api, isAbort, tokenStore } from './api.js';
import { clear, h } from './dom.js';
import { amountCell, companyLink, sourcesList } from './deals-table.js';
import { formatCount, formatDate, roleLabel, typeLabel } from './format.js';

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso) => (iso ? dateTime.format(new Date(iso)) : '');
const REASONS = { similar_name: 'similar name', prefix: 'one name starts the other', acronym: 'acronym' };

const ACTIONS = {
  accept: 'accepted', reject: 'rejected', clear_review: 'cleared the review of', merge: 'merged', unmerge: 'undid the merge of',
  mark_wrong: 'marked as not a company:', unmark_wrong: 'restored as a company:',
};
/** One curation log entry as a sentence, with the names the log recorded. */
function logText(l) {
  const d = l.details ?? {};
  const verb = ACTIONS[l.action] ?? String(l.action).replace(/_/g, ' ');
  if ((l.action === 'merge' || l.action === 'unmerge') && d.fromName && d.intoName) return `${verb} “${d.fromName}” into “${d.intoName}”`;
  return `${verb} ${l.targetType} ${l.targetId}`;
}

export function mountReview(container, _route, ctx) {
  const controller = new AbortController();

  // The token
  const tokenInput = h('input', {
    type: 'password', id: 'api-token', name: 'token', autocomplete: 'off', value: tokenStore.get(),
    attrs: { spellcheck: 'false', 'aria-describedby': 'api-token-hint', maxlength: '512' },
  });
  const tokenState = h('p', { className: 'token-state', id: 'token-state', attrs: { role: 'status', 'aria-live': 'polite' } });
  const showTokenState = () => {
    const has = Boolean(tokenStore.get());
    tokenState.textContent = has ? 'A token is set for this tab: changes are allowed.' : 'No token set: you can look, but changes will be refused.';
    tokenState.classList.toggle('token-on', has);
  };
  const tokenForm = h('form', { className: 'token-form', attrs: { 'aria-labelledby': 'token-heading' } },
    h('div', { className: 'field token-field' },
      h('label', { attrs: { for: 'api-token' }, text: 'API token (only used for changes)' }),
      tokenInput,
      h('span', { className: 'hint', id: 'api-token-hint', text: 'Create one with: news-intel token create <name>. Kept in this browser tab only and sent only with changes.' })),
    h('div', { className: 'token-actions' },
      h('button', { type: 'submit', className: 'button', text: 'Use token' }),
      h('button', { type: 'button', className: 'button button-secondary', text: 'Forget token', on: { click: () => { tokenInput.value = ''; tokenStore.set(''); showTokenState(); } } })));
  tokenForm.addEventListener('submit', (e) => {
    e.preventDefault();
    tokenStore.set(tokenInput.value.trim());
    showTokenState();
  });

  /** Runs a change with the stored token; shows the outcome in `status` (and failures in the message area too). */
  const change = async (button, status, what, work, done) => {
    const group = button.closest('.action-group');
    const buttons = group ? [...group.querySelectorAll('button')] : [button];
    for (const b of buttons) b.disabled = true;
    status.className = 'action-status';
    status.textContent = `${what}…`;
    let result;
    try {
      result = await work(tokenStore.get());
    } catch (err) {
      const hint = err.status === 401 ? ' Enter a valid API token at the top of this page.' : '';
      status.classList.add('failed');
      status.textContent = `Failed: ${err.message.replace(/\.$/, '')}.${hint}`;
      ctx.showError(`${what} failed: ${err.message}`);
      for (const b of buttons) b.disabled = false;
      if (button.isConnected) button.focus(); // it lost focus while disabled
      return;
    }
    ctx.clearError();
    status.classList.add('ok');
    await done(result);
    // The button that had focus is disabled or gone now: keep keyboard users next to the outcome.
    const next = status.querySelector('button') ?? status;
    if (next === status) status.setAttribute('tabindex', '-1');
    if (next.isConnected) next.focus();
  };

  // Low-confidence deals
  const maxConfidence = h('input', { type: 'number', id: 'max-confidence', value: '0.6', attrs: { min: '0', max: '1', step: '0.05', inputmode: 'decimal' } });
  const dealsList = h('ol', { className: 'review-list', id: 'review-deals', attrs: { 'aria-busy': 'true' } });
  const dealsCount = h('p', { className: 'muted card-note', attrs: { role: 'status' } });
  const dealsForm = h('form', { className: 'inline-form', attrs: { 'aria-label': 'Which deals to review' } },
    h('label', { attrs: { for: 'max-confidence' }, text: 'Confidence at most' }), maxConfidence,
    h('button', { type: 'submit', className: 'button button-secondary', text: 'Show' }));
  dealsForm.addEventListener('submit', (e) => { e.preventDefault(); loadDeals(); });

  const dealItem = (d) => {
    const status = h('p', { className: 'action-status', attrs: { role: 'status' } });
    const label = `${typeLabel(d.type).toLowerCase()}${d.subject?.name ? ` of ${d.subject.name}` : ''}`;
    const review = (verdict) => (e) => change(e.currentTarget, status,
      verdict === 'accepted' ? `Accepting the ${label}` : verdict === 'rejected' ? `Rejecting the ${label}` : `Clearing the review of the ${label}`,
      (token) => api.reviewDeal(d.id, verdict, token),
      (r) => {
        item.classList.toggle('done', Boolean(r.review));
        item.dataset.review = r.review ?? '';
        clear(status).append(r.review === 'accepted' ? 'Accepted.' : r.review === 'rejected' ? 'Rejected: hidden from deal search.' : 'Review cleared.',
          ...(r.review ? [h('button', { type: 'button', className: 'link-button', text: 'Undo', attrs: { 'aria-label': `Undo the review of the ${label}` }, on: { click: review(null) } })] : []));
        for (const b of actions.querySelectorAll('button')) b.disabled = Boolean(r.review);
      });
    const actions = h('div', { className: 'action-group' },
      h('button', { type: 'button', className: 'button button-accept', text: 'Accept', attrs: { 'aria-label': `Accept the ${label}` }, on: { click: review('accepted') } }),
      h('button', { type: 'button', className: 'button button-reject', text: 'Reject', attrs: { 'aria-label': `Reject the ${label}` }, on: { click: review('rejected') } }));
    const parties = d.parties.map((p) => [`${roleLabel(p.role)}: `, companyLink(p.companyId, p.name)]);
    const item = h('li', { className: 'review-item', dataset: { dealId: d.id } },
      h('div', { className: 'review-main' },
        h('div', { className: 'review-head' },
          h('span', { className: `badge badge-${d.type}`, text: typeLabel(d.type) }),
          h('span', { className: 'review-subject' }, d.subject ? companyLink(d.subject.id, d.subject.name) : h('span', { className: 'muted', text: 'No subject' })),
          h('span', { className: 'review-amount' }, amountCell(d.amount)),
          d.round ? h('span', { className: 'chip', text: d.round }) : null,
          h('span', { className: 'muted', text: formatDate(d.announcedOn) || 'Undated' }),
          h('span', { className: 'confidence', text: `Confidence ${d.confidence.toFixed(2)}` })),
        parties.length ? h('p', { className: 'review-parties' }, parties.flatMap((p, i) => [i ? ' · ' : null, ...p])) : null,
        sourcesList(d.sources.slice(0, 2))),
      h('div', { className: 'review-side' }, actions, status));
    return item;
  };

  const loadDeals = async () => {
    dealsList.setAttribute('aria-busy', 'true');
    try {
      const max = Number(maxConfidence.value);
      const res = await api.lowConfidence(Number.isFinite(max) ? max : 0.6, 25, controller.signal);
      clear(dealsList).append(...res.items.map(dealItem));
      dealsCount.textContent = res.items.length ? `${res.items.length} deal${res.items.length === 1 ? '' : 's'} to review` : 'Nothing to review';
      if (!res.items.length) dealsList.append(h('li', { className: 'empty', text: 'No unreviewed deals at or under this confidence.' }));
    } catch (err) {
      if (!isAbort(err)) ctx.showError(`Could not load the deals to review: ${err.message}`);
    } finally {
      dealsList.removeAttribute('aria-busy');
    }
  };

  // Duplicates and merges
  const dupList = h('ol', { className: 'review-list', id: 'review-duplicates', attrs: { 'aria-busy': 'true' } });
  const mergesBody = h('tbody');
  const logList = h('ol', { className: 'log-list' });

  const companyCell = (c) => h('span', { className: 'dup-company' }, companyLink(c.id, c.name), h('span', { className: 'muted', text: ` ${formatCount(c.mentions)} mention${c.mentions === 1 ? '' : 's'}` }));

  const dupItem = (pair) => {
    const status = h('p', { className: 'action-status', attrs: { role: 'status' } });
    // The more mentioned company is the likelier keeper: merging into it is offered first.
    const [keep, drop] = pair.a.mentions >= pair.b.mentions ? [pair.a, pair.b] : [pair.b, pair.a];
    const merge = (from, into) => (e) => change(e.currentTarget, status, `Merging “${from.name}” into “${into.name}”`,
      (token) => api.merge(from.id, into.id, token),
      async (r) => {
        item.classList.add('done');
        clear(status).append(`Merged “${from.name}” into “${into.name}” (merge ${r.mergeId}). Undo it under Recent merges.`);
        await loadMerges();
      });
    const item = h('li', { className: 'review-item dup-item' },
      h('div', { className: 'review-main' },
        h('div', { className: 'dup-pair' }, companyCell(keep), h('span', { className: 'dup-sep', attrs: { 'aria-hidden': 'true' }, text: '≈' }),
          h('span', { className: 'visually-hidden', text: ' may be the same as ' }), companyCell(drop)),
        h('p', { className: 'muted dup-why', text: `Score ${pair.score.toFixed(2)} · ${pair.reasons.map((r) => REASONS[r] ?? r).join(', ')}` })),
      h('div', { className: 'review-side' },
        h('div', { className: 'action-group' },
          h('button', { type: 'button', className: 'button', text: `Merge into “${keep.name}”`, attrs: { 'aria-label': `Merge ${drop.name} into ${keep.name}` }, on: { click: merge(drop, keep) } }),
          h('button', { type: 'button', className: 'button button-secondary', text: 'Other way', attrs: { 'aria-label': `Merge ${keep.name} into ${drop.name}` }, on: { click: merge(keep, drop) } })),
        status));
    return item;
  };

  const loadDuplicates = async () => {
    try {
      const res = await api.duplicates(15, controller.signal);
      clear(dupList).append(...res.items.map(dupItem));
      if (!res.items.length) dupList.append(h('li', { className: 'empty', text: 'No suspected duplicates.' }));
    } catch (err) {
      if (!isAbort(err)) ctx.showError(`Could not load suspected duplicates: ${err.message}`);
    } finally {
      dupList.removeAttribute('aria-busy');
    }
  };

  const mergeRow = (m) => {
    const status = h('span', { className: 'action-status', attrs: { role: 'status' } });
    const undo = m.undoneAt ? null : h('button', {
      type: 'button', className: 'button button-secondary button-small', text: 'Undo',
      attrs: { 'aria-label': `Undo merging ${m.from.name} into ${m.into.name}` },
      on: {
        click: (e) => change(e.currentTarget, status, `Undoing the merge of “${m.from.name}” into “${m.into.name}”`,
          (token) => api.undoMerge(m.id, token), async () => { await Promise.all([loadMerges(), loadDuplicates()]); }),
      },
    });
    const moved = `${m.moved.mentions} mentions, ${m.moved.parties + m.moved.subjectDeals} deal links, ${m.moved.aliases} names`;
    return h('tr', { dataset: { mergeId: m.id } },
      h('td', { dataset: { label: 'When' }, text: when(m.createdAt) }),
      h('td', { dataset: { label: 'Merge' } }, companyLink(m.from.id, m.from.name), ' → ', companyLink(m.into.id, m.into.name),
        h('span', { className: 'muted merge-moved', text: moved })),
      h('td', { dataset: { label: 'By' }, text: m.actor }),
      h('td', { dataset: { label: 'State' } }, m.undoneAt
        ? h('span', { className: 'muted', text: `Undone ${when(m.undoneAt)} by ${m.undoneBy}` })
        : h('span', { className: 'action-group' }, undo, status)));
  };

  const loadMerges = async () => {
    try {
      const [res, log] = await Promise.all([api.merges(10, controller.signal), api.curationLog(15, controller.signal)]);
      clear(mergesBody).append(...res.items.map(mergeRow));
      if (!res.items.length) mergesBody.append(h('tr', {}, h('td', { attrs: { colspan: 4 }, className: 'muted', text: 'No merges yet.' })));
      clear(logList).append(...log.items.map((l) => h('li', {},
        h('span', { className: 'log-when muted', text: when(l.createdAt) }),
        h('span', { className: 'log-what' }, h('span', { className: 'log-actor', text: l.actor }), ` ${logText(l)}`))));
      if (!log.items.length) logList.append(h('li', { className: 'muted', text: 'Nothing yet.' }));
    } catch (err) {
      if (!isAbort(err)) ctx.showError(`Could not load the merges: ${err.message}`);
    }
  };

  const title = h('h1', { className: 'page-title', attrs: { tabindex: '-1' }, id: 'review-title', text: 'Review' });
  clear(container).append(h('section', { className: 'view review-view', attrs: { 'aria-labelledby': 'review-title' } },
    h('header', { className: 'page-head' }, h('div', {}, title,
      h('p', { className: 'lede muted', text: 'Check what the extractor was unsure about and merge companies that are one. Every change is logged and can be undone.' }))),
    h('section', { className: 'card token-card', attrs: { 'aria-labelledby': 'token-heading' } },
      h('div', { className: 'card-head' }, h('h2', { id: 'token-heading', text: 'Your API token' }), tokenState),
      tokenForm),
    h('section', { className: 'card', attrs: { 'aria-labelledby': 'lowconf-heading' } },
      h('div', { className: 'card-head' }, h('div', {}, h('h2', { id: 'lowconf-heading', text: 'Low-confidence deals' }), dealsCount), dealsForm),
      dealsList),
    h('section', { className: 'card', attrs: { 'aria-labelledby': 'dup-heading' } },
      h('div', { className: 'card-head' }, h('div', {}, h('h2', { id: 'dup-heading', text: 'Suspected duplicate companies' }),
        h('p', { className: 'muted card-note', text: 'Merging moves names, mentions and deals to the company kept; the merge can be undone.' }))),
      dupList),
    h('div', { className: 'overview-grid' },
      h('section', { className: 'card', attrs: { 'aria-labelledby': 'merges-heading' } },
        h('div', { className: 'card-head' }, h('h2', { id: 'merges-heading', text: 'Recent merges' })),
        h('div', { className: 'table-wrap' }, h('table', { className: 'merges-table' },
          h('caption', { className: 'visually-hidden', text: 'Recent merges, newest first' }),
          h('thead', {}, h('tr', {}, ['When', 'Merge', 'By', 'State'].map((c) => h('th', { attrs: { scope: 'col' }, text: c })))),
          mergesBody))),
      h('section', { className: 'card', attrs: { 'aria-labelledby': 'log-heading' } },
        h('div', { className: 'card-head' }, h('h2', { id: 'log-heading', text: 'Curation log' })),
        logList))));

  showTokenState();
  document.title = 'Review · news-intel';
  loadDeals();
  loadDuplicates();
  loadMerges();

  return {
    focusTarget: title,
    update(next) { return next.name === 'review'; },
    unmount() { controller.abort(); },
  };
}
