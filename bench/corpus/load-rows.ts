// Rows for the query bench made directly in the database (no extraction): `articles` articles over 2024–2025, about five
// company mentions each, one deal per five articles with its parties and one or two sources whose evidence is searchable.
// Deterministic: every choice is a hash of the row number and the seed (hashint8extended), so the same seed makes the same rows.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/database.js';
import { generateCompanies } from './companies.js';
import { FILLER } from './templates.js';

export interface LoadedRows { companies: number; articles: number; mentions: number; deals: number; parties: number; sources: number }

const CHUNK = 5000;

export async function loadRows(db: Db, articles: number, seed: number, log: (s: string) => void = () => {}): Promise<LoadedRows> {
  const companyCount = Math.max(2000, Math.round(articles / 40));
  const dealCount = Math.floor(articles / 5);
  // Operating companies take ids 1..op, investment firms op+1..n (the table is fresh, ids start at 1).
  const all = generateCompanies(companyCount, seed);
  const ordered = [...all.filter((c) => !c.investor), ...all.filter((c) => c.investor)];
  const op = all.filter((c) => !c.investor).length;
  const inv = companyCount - op;
  const u = (expr: string, salt: number) => `((hashint8extended((${expr})::int8, ${seed * 1000 + salt}) & 2147483647)::float8 / 2147483648.0)`;
  const opId = (expr: string, salt: number) => `(1 + floor(${op} * power(${u(expr, salt)}, 2))::int)`;
  const invId = (expr: string, salt: number) => `(${op + 1} + floor(${inv} * power(${u(expr, salt)}, 2))::int)`;
  const run = async (label: string, q: string) => {
    const t0 = Date.now();
    await db.execute(sql.raw(q));
    log(`${label} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };

  const t0 = Date.now();
  for (let i = 0; i < ordered.length; i += CHUNK) {
    const rows = ordered.slice(i, i + CHUNK).map((c) => ({ name: c.name, norm: c.normName, conf: 0.6 + (c.name.length % 4) / 10 }));
    await db.execute(sql`insert into companies (name, norm_name, confidence)
      select name, norm, conf from json_to_recordset(${JSON.stringify(rows)}::json) as x(name text, norm text, conf real)`);
  }
  // Every company is known by its name; about a third also by its first word ("Kalori" for "Kalori Labs"), when no other company is.
  await db.execute(sql`insert into company_aliases (norm_alias, alias, company_id) select norm_name, name, id from companies`);
  await db.execute(sql`insert into company_aliases (norm_alias, alias, company_id)
    select lower(split_part(name, ' ', 1)), split_part(name, ' ', 1), id from companies where name like '% %' and id % 3 = 0
    on conflict do nothing`);
  log(`companies ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // Deal d is first reported by article 5d-4, and a fifth of deals again by the next article.
  const sentences = `array[${FILLER.map((f) => `'${f.replace(/'/g, "''")}'`).join(',')}]`;
  const pick = (salt: number) => {
    let e = `(${sentences})[1 + floor(${FILLER.length} * ${u('i', salt)})::int]`;
    for (const [k, v] of [['{a}', 's.name'], ['{b}', 'p.name'], ['{c}', 'p.name'], ['{city}', "'the region'"], ['{sector}', "'technology'"], ['{n}', '(3 + i % 60)::text']]) {
      e = `replace(${e}, '${k}', ${v})`;
    }
    return e;
  };
  await run('deal plan', `create unlogged table bench_deal_plan as
    select d, 5 * d - 4 as article, ${u('d', 1)} as t, ${opId('d', 2)} as subject,
      case when ${u('d', 1)} < 0.5 then ${invId('d', 3)} else ${opId('d', 3)} end as party1,
      case when ${u('d', 1)} < 0.5 then ${invId('d', 4)} end as party2,
      case when ${u('d', 1)} < 0.5 and ${u('d', 5)} < 0.4 then ${invId('d', 5)} end as party3
    from generate_series(1, ${dealCount}) d`);
  await run('deal plan types', 'alter table bench_deal_plan add column type text, add column amount float8');
  await run('deal plan amounts', `update bench_deal_plan set type = case when t < 0.5 then 'funding' when t < 0.7 then 'acquisition' when t < 0.85 then 'partnership'
      when t < 0.9 then 'joint_venture' when t < 0.95 then 'ipo' else 'fund' end,
      amount = case when t < 0.5 then round(500000 * exp(${u('d', 6)} * 7)) when t < 0.7 then round(5000000 * exp(${u('d', 6)} * 7)) end`);
  await run('deal plan parties', `update bench_deal_plan set party1 = case when type in ('ipo', 'fund') then null when party1 = subject then 1 + party1 % ${op} else party1 end`);
  await run('deal plan index', 'create index on bench_deal_plan (article)');
  const chunks = async (label: string, total: number, q: (lo: number, hi: number) => string) => {
    for (let lo = 1; lo <= total; lo += 100_000) await run(`${label} ${lo}–${Math.min(total, lo + 99_999)}`, q(lo, Math.min(total, lo + 99_999)));
  };
  await chunks('articles', articles, (lo, hi) => `insert into articles (id, entry_key, content_hash, url, canonical_url, title, body, published_at, fetched_at, extracted_at)
    select i, 'bench-' || i, md5(i::text), 'https://news.example/a/' || i, 'https://news.example/a/' || i,
      coalesce(case dp.type
        when 'funding' then s.name || ' raises $' || round(dp.amount / 1e6) || ' million led by ' || p.name
        when 'acquisition' then p.name || ' to acquire ' || s.name || coalesce(' for $' || round(dp.amount / 1e6) || ' million', '')
        when 'partnership' then s.name || ' and ' || p.name || ' announce partnership'
        when 'joint_venture' then s.name || ' and ' || p.name || ' form joint venture'
        when 'ipo' then s.name || ' files for initial public offering'
        when 'fund' then s.name || ' closes new fund' end,
        s.name || ' ' || (array['reports quarterly results','names new chief executive','launches product','opens new office'])[1 + i % 4]),
      ${pick(11)} || E'\\n\\n' || ${pick(12)} || ' ' || ${pick(13)} || E'\\n\\n' || ${pick(14)},
      ts, ts, ts
    from (select i, timestamptz '2024-01-01' + (i::float8 / ${articles}) * interval '730 days' + ${u('i', 9)} * interval '3 days' as ts,
            coalesce(dp.subject, ${opId('i', 7)}) as sid, coalesce(dp.party1, ${opId('i', 8)}) as pid, dp.type, dp.amount
          from generate_series(${lo}, ${hi}) i left join bench_deal_plan dp on dp.article = i) dp
    join companies s on s.id = dp.sid join companies p on p.id = dp.pid`);
  await run('articles sequence', `select setval('articles_id_seq', ${articles})`);

  await run('deals', `insert into deals (id, type, subject_id, subject_name, amount_value, amount_currency, amount_usd, round, status, announced_on, confidence)
    select d, type, subject, c.name, amount, case when amount is null then null else 'USD' end, amount,
      case when type = 'funding' then (array['Seed','Series A','Series B','Series C','Series D'])[1 + floor(5 * ${u('d', 20)})::int] end,
      (array['completed','announced','reported','planned'])[1 + floor(4 * ${u('d', 21)})::int],
      (a.published_at at time zone 'UTC')::date, 0.5 + 0.5 * ${u('d', 22)}
    from bench_deal_plan join companies c on c.id = subject join articles a on a.id = article`);
  await run('deals sequence', `select setval('deals_id_seq', ${dealCount})`);
  await run('deal parties', `insert into deal_parties (deal_id, company_id, role)
    select d, company, role from (
      select d, party1 as company, case type when 'funding' then 'lead_investor' when 'acquisition' then 'acquirer' when 'joint_venture' then 'member' else 'partner' end as role from bench_deal_plan
      union all select d, party2, 'investor' from bench_deal_plan where party2 is not null
      union all select d, party3, 'investor' from bench_deal_plan where party3 is not null) x
    where company is not null on conflict do nothing`);
  for (const [label, join] of [['deal sources', 'a.id = dp.article'], ['second deal sources', `a.id = dp.article + 1 and ${u('dp.d', 23)} < 0.2`]] as [string, string][]) {
    await run(label, `insert into deal_sources (deal_id, article_id, salience, evidence, evidence_start, evidence_end, amount_value, amount_currency, amount_usd, round, confidence)
      select dp.d, a.id, case when a.id = dp.article then 'main' else 'background' end, a.title, 0, length(a.title),
        d.amount_value, d.amount_currency, d.amount_usd, d.round, d.confidence
      from bench_deal_plan dp join deals d on d.id = dp.d join articles a on ${join}`);
  }
  await chunks('mentions', articles, (lo, hi) => `insert into mentions (article_id, company_id, count, confidence)
    select i, 1 + floor(${op + inv} * power(${u('i * 8 + k', 30)}, 2))::int, 1 + floor(4 * ${u('i * 8 + k', 31)})::int, 0.5 + 0.5 * ${u('i * 8 + k', 32)}
    from generate_series(${lo}, ${hi}) i, generate_series(1, 7) k where k <= 2 + floor(6 * ${u('i', 33)})
    on conflict do nothing`);
  await run('deal mentions', `insert into mentions (article_id, company_id, count, confidence)
    select ds.article_id, x.company, 2, 0.9 from deal_sources ds
      join lateral (select d.subject_id as company from deals d where d.id = ds.deal_id
        union select company_id from deal_parties where deal_id = ds.deal_id) x on x.company is not null
    on conflict do nothing`);
  await run('drop plan', 'drop table bench_deal_plan');
  await run('vacuum analyze', 'vacuum analyze');
  const count = async (table: string) => Number(((await db.execute(sql.raw(`select count(*) as n from ${table}`))) as unknown as { rows: { n: string }[] }).rows[0]!.n);
  return {
    companies: companyCount, articles, mentions: await count('mentions'), deals: dealCount,
    parties: await count('deal_parties'), sources: await count('deal_sources'),
  };
}
