// The company view's relationship-graph card: depth, kinds of link and time window, the force-directed chart and its node list.
import { api, isAbort } from './api.js';
import { clear, h } from './dom.js';
import { companyHref } from './deals-table.js';
import { EDGE_TYPES, edgeLabel } from './format.js';
import { describeGraph, drawGraph } from './graph-chart.js';

const GRAPH_MAX_NODES = 60;

/** What decides the graph drawn: a change of anything else leaves it alone. */
export const graphKey = (s) => JSON.stringify([s.depth, s.types, s.from, s.to]);

function nodeListView(nodeList, graph) {
  const byDepth = [1, 2].map((d) => graph.nodes.filter((n) => n.depth === d));
  const kindsOf = (nid) => [...new Set(graph.edges.filter((e) => e.source === nid || e.target === nid).map((e) => edgeLabel(e.type).toLowerCase()))];
  clear(nodeList);
  if (!byDepth[0].length) {
    nodeList.append(h('p', { className: 'empty-small muted', text: 'No related companies with these settings.' }));
    return;
  }
  byDepth.forEach((list, i) => {
    if (!list.length) return;
    nodeList.append(h('div', { className: 'node-group' },
      h('h4', { text: i === 0 ? `Directly linked (${list.length})` : `Two steps away (${list.length})` }),
      h('ul', { className: 'node-links' }, list.map((n) => h('li', {},
        h('a', { href: companyHref(n.id), dataset: { nodeId: n.id }, text: n.name }),
        h('span', { className: 'node-kinds muted', text: kindsOf(n.id).join(', ') }))))));
  });
}

/**
 * The graph card for company `id`. `go(settings)` moves to new settings (through the URL);
 * `companyName()` names the centre while the profile is still loading.
 */
export function companyGraph(id, initial, { go, signal, ctx, companyName }) {
  let state = initial;
  let chart = null;
  let seq = 0;
  let shown = null;

  const depthRadios = [1, 2].map((d) => h('label', { className: 'segment' },
    h('input', { type: 'radio', name: 'graph-depth', value: String(d), checked: d === state.depth, on: { change: () => go({ depth: d }) } }),
    h('span', { text: d === 1 ? 'Direct' : 'Two steps' })));
  const typeBoxes = EDGE_TYPES.map((t) => h('input', {
    type: 'checkbox', name: 'graph-type', value: t, checked: state.types.includes(t),
    on: { change: () => go({ types: typeBoxes.filter((b) => b.checked).map((b) => b.value) }) },
  }));
  const from = h('input', { type: 'date', id: 'graph-from', value: state.from });
  const to = h('input', { type: 'date', id: 'graph-to', value: state.to });
  const windowForm = h('form', { className: 'graph-window', attrs: { 'aria-label': 'Time window of the graph' } },
    h('div', { className: 'field' }, h('label', { attrs: { for: 'graph-from' }, text: 'Links from' }), from),
    h('div', { className: 'field' }, h('label', { attrs: { for: 'graph-to' }, text: 'Links to' }), to),
    h('button', { type: 'submit', className: 'button button-secondary', text: 'Apply dates' }),
    h('button', { type: 'button', className: 'button button-quiet', text: 'Clear', on: { click: () => go({ from: '', to: '' }) } }));
  windowForm.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ from: from.value, to: to.value });
  });
  const canvas = h('canvas', { id: 'graph-chart', attrs: { role: 'img', 'aria-label': 'Relationship graph, loading' } });
  const box = h('div', { className: 'chart-box graph-box' }, canvas);
  const note = h('p', { className: 'chart-note muted', attrs: { 'aria-live': 'polite' } });
  const nodeList = h('div', { className: 'node-list', id: 'graph-nodes' });
  const csv = h('a', { className: 'text-link', attrs: { download: 'graph.csv' }, text: 'Graph CSV' });

  const element = h('section', { className: 'card', attrs: { 'aria-labelledby': 'graph-heading' } },
    h('div', { className: 'card-head' },
      h('h2', { id: 'graph-heading', text: 'Relationship graph' }),
      h('div', { className: 'card-tools' },
        h('fieldset', { className: 'segmented' }, h('legend', { className: 'visually-hidden', text: 'Graph depth' }), depthRadios),
        csv)),
    h('div', { className: 'graph-controls' },
      h('fieldset', { className: 'edge-types' },
        h('legend', { text: 'Links shown (colour key)' }),
        h('div', { className: 'toggles' }, typeBoxes.map((b) => h('label', { className: 'toggle edge-toggle' }, b,
          h('span', {}, h('i', { className: `swatch swatch-${b.value}`, attrs: { 'aria-hidden': 'true' } }), edgeLabel(b.value)))))),
      windowForm),
    box, note,
    h('h3', { className: 'node-list-title', text: 'Companies in the graph' }),
    nodeList);

  const load = async () => {
    const mine = ++seq;
    shown = graphKey(state);
    const params = { depth: state.depth, types: state.types.join(','), from: state.from || undefined, to: state.to || undefined, max_nodes: GRAPH_MAX_NODES };
    csv.href = api.graphCsvHref(id, params);
    csv.hidden = !state.types.length;
    if (!state.types.length) {
      chart?.destroy();
      chart = null;
      canvas.setAttribute('aria-label', 'No kinds of link chosen.');
      note.textContent = 'Choose at least one kind of link to draw the graph.';
      clear(nodeList);
      return;
    }
    box.setAttribute('aria-busy', 'true');
    try {
      const g = await api.graph(id, params, signal);
      if (mine !== seq) return; // later settings were chosen meanwhile
      const name = g.nodes.find((n) => n.id === g.center)?.name ?? (companyName() || 'this company');
      canvas.setAttribute('aria-label', describeGraph(g, name));
      chart = drawGraph(canvas, g, (n) => { location.hash = companyHref(n.id); });
      box.classList.toggle('empty-graph', !chart);
      const capped = g.nodes.length >= GRAPH_MAX_NODES ? ` Showing the ${GRAPH_MAX_NODES} most strongly linked companies.` : '';
      note.textContent = chart
        ? `Click a company to open it; arrows point from investor or acquirer to the company.${capped}`
        : 'No related companies with these settings.';
      nodeListView(nodeList, g);
    } catch (err) {
      if (isAbort(err)) return;
      note.textContent = 'The graph could not be loaded.';
      if (err.status !== 404) ctx.showError(`Could not load the relationship graph: ${err.message}`);
    } finally {
      if (mine === seq) box.removeAttribute('aria-busy');
    }
  };

  return {
    element,
    load,
    /** Shows new settings in the controls and redraws when they change the graph. */
    update(next) {
      state = next;
      for (const r of depthRadios) r.querySelector('input').checked = Number(r.querySelector('input').value) === next.depth;
      for (const b of typeBoxes) b.checked = next.types.includes(b.value);
      from.value = next.from;
      to.value = next.to;
      if (graphKey(next) !== shown) load();
    },
    destroy() { chart?.destroy(); },
  };
}
