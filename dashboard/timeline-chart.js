// The company timeline: deals per period stacked by type (bars, left axis), mentions (line, right axis).
import { DEAL_TYPES, TYPE_COLORS, periodLabel, periodRange, shiftPeriod, typeLabel } from './format.js';

const MENTIONS_COLOR = '#0f172a';
const USD_COLOR = '#16a34a';
const compactUsd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

/** Fills the gaps between the first and last period so the x axis is true time; a lone period gets one empty neighbour each side. */
export function filledPoints(points, interval) {
  if (!points.length) return [];
  let first = points[0].period;
  let last = points[points.length - 1].period;
  if (first === last) {
    first = shiftPeriod(first, interval, -1);
    last = shiftPeriod(last, interval, 1);
  }
  const range = periodRange(first, last, interval);
  if (!range) return points;
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  return range.map((period) => byPeriod.get(period) ?? { period, mentions: 0, articles: 0, deals: 0, dealsByType: {}, usdRaised: 0 });
}

/** Creates (or replaces) the Chart on `canvas`; returns the Chart instance. */
export function drawTimeline(canvas, timeline) {
  const Chart = globalThis.Chart;
  if (!Chart) throw new Error('the chart library did not load');
  Chart.getChart(canvas)?.destroy();

  const points = filledPoints(timeline.points, timeline.interval);
  const labels = points.map((p) => periodLabel(p.period, timeline.interval));
  const types = DEAL_TYPES.filter((t) => points.some((p) => p.dealsByType[t]));
  for (const p of points) for (const t of Object.keys(p.dealsByType)) if (!types.includes(t)) types.push(t);

  const font = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.family = font;
  Chart.defaults.color = '#475569';

  return new Chart(canvas, {
    data: {
      labels,
      datasets: [
        ...types.map((t) => ({
          type: 'bar',
          label: `${typeLabel(t)} deals`,
          data: points.map((p) => p.dealsByType[t] ?? 0),
          backgroundColor: TYPE_COLORS[t] ?? '#64748b',
          borderRadius: 3,
          maxBarThickness: 36,
          stack: 'deals',
          yAxisID: 'deals',
          order: 2,
        })),
        {
          type: 'line',
          label: 'Mentions',
          data: points.map((p) => p.mentions),
          borderColor: MENTIONS_COLOR,
          backgroundColor: MENTIONS_COLOR,
          borderWidth: 2,
          pointRadius: points.length > 60 ? 0 : 3,
          pointHoverRadius: 5,
          cubicInterpolationMode: 'monotone',
          yAxisID: 'mentions',
          order: 1,
        },
        ...(points.some((p) => p.usdRaised > 0) ? [{
          type: 'line',
          label: 'USD raised',
          data: points.map((p) => p.usdRaised ?? 0),
          borderColor: USD_COLOR,
          backgroundColor: USD_COLOR,
          borderWidth: 2,
          showLine: false, // money comes in lumps: a point per period with a round, no line through the empty ones
          pointStyle: 'rectRot',
          pointRadius: (ctx) => (ctx.raw > 0 ? 6 : 0),
          pointHoverRadius: 8,
          yAxisID: 'usd',
          order: 0,
        }] : []),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false, // redrawn per interval: a growing animation would only flicker
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, padding: 16 } },
        tooltip: {
          callbacks: {
            label: (item) => (item.dataset.yAxisID === 'usd'
              ? `USD raised: ${compactUsd.format(item.raw)}` : `${item.dataset.label}: ${item.formattedValue}`),
          },
        },
      },
      scales: {
        x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
        deals: {
          type: 'linear', position: 'left', stacked: true, beginAtZero: true,
          title: { display: true, text: 'Deals' },
          ticks: { precision: 0 }, grid: { color: '#e2e8f0' },
          suggestedMax: 2,
        },
        mentions: {
          type: 'linear', position: 'right', beginAtZero: true,
          title: { display: true, text: 'Mentions' },
          ticks: { precision: 0 }, grid: { drawOnChartArea: false },
        },
        usd: {
          type: 'linear', position: 'right', beginAtZero: true,
          display: points.some((p) => p.usdRaised > 0),
          title: { display: true, text: 'USD raised' },
          ticks: { callback: (v) => compactUsd.format(v), maxTicksLimit: 6 }, grid: { drawOnChartArea: false },
        },
      },
    },
  });
}

/** A sentence describing the timeline for screen readers (the canvas's accessible name). */
export function describeTimeline(timeline) {
  const pts = timeline.points;
  if (!pts.length) return `No mentions or deals recorded for ${timeline.name}.`;
  const deals = pts.reduce((n, p) => n + p.deals, 0);
  const mentions = pts.reduce((n, p) => n + p.mentions, 0);
  const peak = pts.reduce((a, b) => (b.mentions > a.mentions ? b : a));
  const usd = pts.reduce((n, p) => n + (p.usdRaised ?? 0), 0);
  return `Timeline of ${timeline.name} by ${timeline.interval}, ${periodLabel(pts[0].period, timeline.interval)} to `
    + `${periodLabel(pts[pts.length - 1].period, timeline.interval)}: ${deals} deal${deals === 1 ? '' : 's'} and ${mentions} mentions; `
    + `most mentions in ${periodLabel(peak.period, timeline.interval)} (${peak.mentions})`
    + `${usd > 0 ? `; ${compactUsd.format(usd)} raised in all` : ''}.`;
}
