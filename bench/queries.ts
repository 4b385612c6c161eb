// Query latency: deal search with filters, company timeline, depth-1 graph and fuzzy company search, p50/p95/p99 at
// `scale` articles next to the same queries at 10k articles, through the query functions the API calls; each statement
// they send is EXPLAINed and any whole-table read of a large table is flagged.
import { sql } from 'drizzle-orm';
import { companyGraph } from '../src/db/queries/company-graph.js';
import { companyTimeline } from '../src/db/queries/company-timeline.js';
import { dealFiltersSchema } from '../src/db/queries/deal-filters.js';
import { EDGE_TYPES } from '../src/db/queries/graph-edges.js';
import { searchCompanies } from '../src/db/queries/search-companies.js';
import { searchDeals } from '../src/db/queries/search-deals.js';
import { planScans, type CapturingDb, type PlanNode, type Statement } from './capture-db.js';
import { Rng } from './corpus/rng.js';
import { quantile, timeMs } from './measure.js';
import { dataset, describeDataset, type Dataset } from './dataset.js';
import { loadAverage } from './measure.js';

const REFERENCE = 10_000;
const BIG_TABLES = new Set(['articles', 'mentions', 'deals', 'deal_parties', 'deal_sources', 'companies', 'company_aliases']);

type Query = { kind: string; variant: string; run: (db: CapturingDb) => Promise<unknown> };

async function workload(h: CapturingDb, rng: Rng): Promise<() => Query> {
  const rows = async <T>(q: string) => ((await h.db.execute(sql.raw(q))) as unknown as { rows: T[] }).rows;
  const companies = await rows<{ id: number; name: string }>('select id, name from companies order by id');
  const investors = await rows<{ name: string }>(`select distinct c.name from companies c join deal_parties p on p.company_id = c.id
    where p.role = 'lead_investor' order by 1`);
  const popular = () => companies[rng.skewed(companies.length)]!;
  const typo = (s: string) => { const i = rng.int(1, Math.max(1, s.length - 2)); return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); };
  const filters: [string, () => Record<string, unknown>][] = [
    ['newest', () => ({})],
    ['funding+round', () => ({ type: 'funding', round: rng.pick(['Seed', 'Series A', 'Series B']) })],
    ['funding+min_usd+from', () => ({ type: 'funding', min_usd: String(rng.pick([1e6, 1e7, 1e8])), from: rng.pick(['2024-06-01', '2025-01-01', '2025-09-01']) })],
    ['investor', () => ({ investor: rng.pick(investors).name })],
    ['company', () => ({ company: String(popular().id) })],
    ['q', () => ({ q: popular().name.split(' ')[0]! })],
    ['acquisition by amount', () => ({ type: 'acquisition', sort: 'amount', min_usd: '100000000' })],
    ['status+confidence', () => ({ status: 'completed', min_confidence: '0.8' })],
  ];
  return () => {
    switch (rng.int(0, 3)) {
      case 0: {
        const [variant, make] = rng.pick(filters);
        const f = dealFiltersSchema.parse(make());
        return { kind: 'deal search', variant, run: (d) => searchDeals(d.db, f, { limit: 50, withTotal: true }) };
      }
      case 1: {
        const id = popular().id;
        return { kind: 'company timeline', variant: 'month', run: (d) => companyTimeline(d.db, id, 'month') };
      }
      case 2: {
        const id = popular().id;
        return { kind: 'graph depth 1', variant: 'all types', run: (d) => companyGraph(d.db, id, { depth: 1, types: [...EDGE_TYPES], maxNodes: 100, coMentionsPerNode: 10 }) };
      }
      default: {
        const name = popular().name;
        const variant = rng.pick(['prefix', 'typo', 'substring']);
        const text = variant === 'prefix' ? name.slice(0, 5) : variant === 'typo' ? typo(name.split(' ')[0]!) : name.slice(2, 7).toLowerCase();
        return { kind: 'company search', variant, run: (d) => searchCompanies(d.db, text, 20) };
      }
    }
  };
}

interface ScaleResult { data: Dataset; samples: Map<string, number[]>; variants: Map<string, number[]>; plans: string[] }

async function atScale(articles: number, databaseUrl: string | undefined, samples: number, explain: boolean): Promise<ScaleResult> {
  const data = await dataset(articles, databaseUrl);
  const h = data.h;
  const next = await workload(h, new Rng(7));
  const bySample = new Map<string, number[]>();
  const byVariant = new Map<string, number[]>();
  for (let i = 0; i < 20; i++) await next().run(h); // warm-up
  for (let i = 0; i < samples * 4; i++) {
    const q = next();
    const ms = await timeMs(() => q.run(h));
    bySample.set(q.kind, [...(bySample.get(q.kind) ?? []), ms]);
    byVariant.set(`${q.kind}: ${q.variant}`, [...(byVariant.get(`${q.kind}: ${q.variant}`) ?? []), ms]);
  }
  return { data, samples: bySample, variants: byVariant, plans: explain ? await explainAll(h, next) : [] };
}

/** Nodes that read all their input before giving a row: a Limit above them does not stop the scan below. */
const BLOCKING = new Set(['Sort', 'Incremental Sort', 'Aggregate', 'Hash', 'Materialize', 'WindowAgg', 'SetOp', 'Memoize']);

/** Tables a plan scans sequentially only under a Limit with nothing blocking in between: the scan stops at the limit. */
function limitedSeqScans(plan: PlanNode): Set<string> {
  const out = new Set<string>();
  const walk = (n: PlanNode, limited: boolean) => {
    const here = n['Node Type'] === 'Limit' ? true : BLOCKING.has(n['Node Type']) ? false : limited;
    if (n['Node Type'] === 'Seq Scan' && n['Relation Name'] && here) out.add(n['Relation Name']);
    // A nested loop's inner side is scanned again for each outer row.
    n.Plans?.forEach((c, i) => walk(c, n['Node Type'] === 'Nested Loop' && i > 0 ? false : here));
  };
  walk(plan, false);
  return out;
}

/** Every distinct statement of every query variant, EXPLAINed: the indexes it uses and any large table it reads whole. */
async function explainAll(h: CapturingDb, next: () => Query): Promise<string[]> {
  const seen = new Map<string, Query>();
  for (let i = 0; i < 400 && seen.size < 14; i++) {
    const q = next();
    if (!seen.has(`${q.kind}: ${q.variant}`)) seen.set(`${q.kind}: ${q.variant}`, q);
  }
  const out: string[] = ['| query | statements | indexes used | large tables read whole |', '|---|---:|---|---|'];
  for (const [label, q] of [...seen].sort(([a], [b]) => a.localeCompare(b))) {
    const captured: Statement[] = [];
    h.capture = captured;
    await q.run(h);
    h.capture = null;
    const indexes = new Set<string>();
    const seq = new Set<string>();
    const limited = new Set<string>();
    for (const s of captured) {
      const plan = await h.explain(s);
      const r = planScans(plan);
      const stops = limitedSeqScans(plan);
      r.indexes.forEach((i) => indexes.add(i));
      r.seqScans.forEach((t) => { if (BIG_TABLES.has(t)) (stops.has(t) ? limited : seq).add(t); });
    }
    // A table read whole by one statement and up to a limit by another counts as read whole.
    const partly = [...limited].filter((t) => !seq.has(t)).map((t) => `${t} up to a limit only`);
    out.push(`| ${label} | ${captured.length} | ${[...indexes].sort().join(', ') || '—'} | ${[seq.size ? `**${[...seq].join(', ')}**` : '', ...partly].filter(Boolean).join('; ') || 'none'} |`);
  }
  return out;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const TARGET: Record<string, number> = { 'deal search': 50, 'company timeline': 50, 'graph depth 1': 100, 'company search': 50 };

export async function queriesBench(articles: number, databaseUrl: string | undefined, samples: number): Promise<string[]> {
  const sizes = articles === REFERENCE ? [REFERENCE] : [REFERENCE, articles];
  const results: ScaleResult[] = [];
  for (const n of sizes) results.push(await atScale(n, databaseUrl, samples, n === articles));
  const loadAfter = loadAverage();
  const ref = results[0]!;
  const big = results[results.length - 1]!;
  const growth = big.data.loaded.articles / ref.data.loaded.articles;
  const out = [
    `queries: ${samples} samples of each query, one at a time, through the API's query functions; companies picked with the same skew as the news (popular ones more often); load average ${loadAverage()}`,
    ...results.map((r) => `- ${describeDataset(r.data)}`),
    '', `| query | target p95 | ${sizes.map((n) => `${n / 1000}k p50 / p95 / p99 ms`).join(' | ')} | p95 growth (data ×${growth}) | meets target |`,
    `|---|---:|${sizes.map(() => '---:').join('|')}|---:|---|`,
  ];
  for (const kind of Object.keys(TARGET)) {
    const cells = results.map((r) => { const s = r.samples.get(kind) ?? []; return `${fmt(quantile(s, 0.5))} / ${fmt(quantile(s, 0.95))} / ${fmt(quantile(s, 0.99))}`; });
    const p95 = quantile(big.samples.get(kind) ?? [], 0.95);
    const g = p95 / quantile(ref.samples.get(kind) ?? [], 0.95);
    out.push(`| ${kind} | < ${TARGET[kind]} ms | ${cells.join(' | ')} | ×${g.toFixed(1)} | ${p95 < TARGET[kind]! && (sizes.length === 1 || g < growth) ? 'yes' : '**no**'} |`);
  }
  out.push('', `by variant at ${articles / 1000}k articles:`, '| variant | n | p50 ms | p95 ms | p99 ms |', '|---|---:|---:|---:|---:|');
  for (const [v, s] of [...big.variants].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`| ${v} | ${s.length} | ${fmt(quantile(s, 0.5))} | ${fmt(quantile(s, 0.95))} | ${fmt(quantile(s, 0.99))} |`);
  }
  out.push('', `EXPLAIN of every statement at ${articles / 1000}k articles (load average after: ${loadAfter}):`, ...big.plans);
  return out;
}
