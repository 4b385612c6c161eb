// A company's relationship graph as a force-directed network (chartjs-chart-graph on chart.js): nodes are companies,
// labelled with their names; edges are coloured by kind. Laid out once, up front, so the picture holds still.
import { EDGE_COLORS, EDGE_TYPES, edgeLabel } from './format.js';

const NODE_COLORS = ['#0f172a', '#1d4ed8', '#64748b'];
const NODE_RADIUS = [10, 7, 5];
const DIRECTED = new Set(['invested', 'acquired']);
/** Above this many nodes only the centre and its direct neighbours get a name on the canvas (all have a tooltip and a link in the list). */
const LABEL_ALL_MAX = 40;

const nodeRadius = (n) => NODE_RADIUS[Math.min(n?.depth ?? 2, 2)];

/** A plugin that writes each node's name under it, kept inside the canvas. */
const nameLabels = {
  id: 'newsIntelNodeNames',
  afterDatasetsDraw(chart, _args, opts) {
    const meta = chart.getDatasetMeta(0);
    const nodes = opts.nodes ?? [];
    const { ctx, width } = chart;
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    meta.data.forEach((el, i) => {
      const n = nodes[i];
      if (!n || !Number.isFinite(el.x) || !Number.isFinite(el.y)) return;
      if (nodes.length > LABEL_ALL_MAX && n.depth > 1) return;
      const text = n.name.length > 28 ? `${n.name.slice(0, 27)}…` : n.name;
      ctx.font = `${n.depth === 0 ? 600 : 500} ${n.depth === 0 ? 13 : 11.5}px ${opts.font}`;
      const half = ctx.measureText(text).width / 2;
      const x = Math.min(Math.max(el.x, half + 2), width - half - 2);
      const y = el.y + nodeRadius(n) + 3;
      // A halo keeps names readable where they cross an edge.
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.strokeText(text, x, y);
      ctx.fillStyle = n.depth === 0 ? '#0f172a' : '#334155';
      ctx.fillText(text, x, y);
    });
    ctx.restore();
  },
};

/** The kinds of link present in a graph, in legend order. */
export const edgeTypesIn = (graph) => EDGE_TYPES.filter((t) => graph.edges.some((e) => e.type === t));

/**
 * Draws (or redraws) the graph on `canvas`; `onOpen(node)` runs when a node other than the centre is clicked.
 * Returns the Chart instance, or null when the graph has no other company than the centre.
 */
export function drawGraph(canvas, graph, onOpen) {
  const Chart = globalThis.Chart;
  if (!Chart || !globalThis.ChartGraphs) throw new Error('the graph library did not load');
  Chart.getChart(canvas)?.destroy();
  const nodes = graph.nodes;
  if (nodes.length < 2) return null;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  // Co-mentions first, so that a deal link between the same two companies is drawn over them.
  const edges = graph.edges.filter((e) => index.has(e.source) && index.has(e.target))
    .sort((a, b) => (b.type === 'co_mentioned') - (a.type === 'co_mentioned'))
    .map((e) => ({ source: index.get(e.source), target: index.get(e.target), type: e.type, weight: e.weight }));
  const font = getComputedStyle(document.body).fontFamily;
  const many = nodes.length > 30;

  const edgeOf = (ctx) => edges[ctx.dataIndex] ?? {};
  return new Chart(canvas, {
    type: 'forceDirectedGraph',
    data: {
      labels: nodes.map((n) => n.name),
      datasets: [{
        data: nodes.map((n) => ({ id: n.id })),
        edges,
        pointRadius: (ctx) => nodeRadius(nodes[ctx.dataIndex]),
        pointHoverRadius: (ctx) => nodeRadius(nodes[ctx.dataIndex]) + 2,
        pointHitRadius: 6,
        pointBackgroundColor: (ctx) => NODE_COLORS[Math.min(nodes[ctx.dataIndex]?.depth ?? 2, 2)],
        pointBorderColor: '#ffffff',
        pointBorderWidth: 2,
        edgeLineBorderColor: (ctx) => EDGE_COLORS[edgeOf(ctx).type] ?? '#94a3b8',
        // Deal links thicken with the number of deals; co-mentions stay thin so that they read as background.
        edgeLineBorderWidth: (ctx) => (edgeOf(ctx).type === 'co_mentioned'
          ? Math.min(0.75 + (edgeOf(ctx).weight ?? 1) * 0.25, 2) : Math.min(1.25 + (edgeOf(ctx).weight ?? 1) * 0.75, 5)),
        edgeLineBorderDash: (ctx) => (edgeOf(ctx).type === 'co_mentioned' ? [4, 4] : []),
        directed: (ctx) => DIRECTED.has(edgeOf(ctx).type),
        arrowHeadSize: 9,
        arrowHeadOffset: (ctx) => nodeRadius(nodes[edgeOf(ctx).target]) + 3,
      }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { top: 16, right: 24, bottom: 28, left: 24 } },
      scales: { x: { display: false, min: -1.08, max: 1.08 }, y: { display: false, min: -1.1, max: 1.1 } },
      simulation: {
        initialIterations: 300,
        autoRestart: false,
        forces: {
          link: { distance: many ? 45 : 70 },
          manyBody: { strength: many ? -120 : -260 },
          collide: { radius: 18 },
          center: true,
        },
      },
      plugins: {
        legend: { display: false },
        newsIntelNodeNames: { nodes, font },
        tooltip: {
          callbacks: {
            label: (item) => {
              const n = nodes[item.dataIndex];
              const links = graph.edges.filter((e) => e.source === n.id || e.target === n.id);
              const kinds = [...new Set(links.map((e) => edgeLabel(e.type).toLowerCase()))];
              return `${n.name}${kinds.length ? ` — ${kinds.join(', ')}` : ''}`;
            },
          },
        },
      },
      onHover: (evt, active) => {
        const n = active[0] ? nodes[active[0].index] : null;
        canvas.classList.toggle('clickable', Boolean(n && n.depth > 0));
      },
      onClick: (evt, active) => {
        const n = active[0] ? nodes[active[0].index] : null;
        if (n && n.id !== graph.center) onOpen(n);
      },
    },
    plugins: [nameLabels],
  });
}

/** A sentence describing the graph for screen readers. */
export function describeGraph(graph, name) {
  const others = graph.nodes.length - 1;
  if (others < 1) return `No related companies found for ${name} with these settings.`;
  const kinds = edgeTypesIn(graph).map((t) => `${graph.edges.filter((e) => e.type === t).length} ${edgeLabel(t).toLowerCase()}`);
  return `Relationship graph of ${name}: ${others} related compan${others === 1 ? 'y' : 'ies'} and ${graph.edges.length} links `
    + `(${kinds.join(', ')}). The list below the graph names every company in it.`;
}
