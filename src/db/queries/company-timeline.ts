import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { articles, deals, mentions } from '../schema.js';
import { dealsInvolving } from './deals-involving.js';
import { qualified as q } from './qualified.js';

export const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

export interface TimelinePoint {
  period: string;
  mentions: number;
  articles: number;
  deals: number;
  dealsByType: Record<string, number>;
  usdRaised: number;
}

/** Mentions and deals of one company per period (periods named by their first day), oldest first. */
export async function companyTimeline(db: Db, companyId: number, interval: Interval): Promise<TimelinePoint[]> {
  if (!INTERVALS.includes(interval)) throw new Error(`timeline: unknown interval ${String(interval)}`);
  // A literal, not a parameter: GROUP BY must see the same expression as the select list.
  const unit = sql.raw(`'${interval}'`);
  const seen = sql`coalesce(${articles.publishedAt}, ${articles.fetchedAt})`;
  const mentionPeriod = sql<string>`to_char(date_trunc(${unit}, ${seen} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const dealPeriod = sql<string>`to_char(date_trunc(${unit}, ${deals.announcedOn}::timestamp), 'YYYY-MM-DD')`;
  const [mentionRows, dealRows] = await Promise.all([
    db.select({
      period: mentionPeriod,
      mentions: sql<number>`sum(${mentions.count})`.mapWith(Number),
      articles: sql<number>`count(*)`.mapWith(Number),
    }).from(mentions).innerJoin(articles, eq(articles.id, mentions.articleId))
      .where(eq(mentions.companyId, companyId)).groupBy(mentionPeriod),
    db.select({
      period: dealPeriod,
      type: deals.type,
      count: sql<number>`count(*)`.mapWith(Number),
      usdRaised: sql<number>`coalesce(sum(${deals.amountUsd}) filter (where ${deals.type} = 'funding' and ${deals.subjectId} = ${companyId}), 0)`.mapWith(Number),
    }).from(deals)
      .where(and(sql`${deals.announcedOn} is not null`, sql`${q(deals.review)} is distinct from 'rejected'`, dealsInvolving([companyId], { subject: true })))
      .groupBy(dealPeriod, deals.type),
  ]);
  const points = new Map<string, TimelinePoint>();
  const point = (period: string) => {
    let p = points.get(period);
    if (!p) points.set(period, (p = { period, mentions: 0, articles: 0, deals: 0, dealsByType: {}, usdRaised: 0 }));
    return p;
  };
  for (const r of mentionRows) Object.assign(point(r.period), { mentions: r.mentions, articles: r.articles });
  for (const r of dealRows) {
    const p = point(r.period);
    p.deals += r.count;
    p.dealsByType[r.type] = (p.dealsByType[r.type] ?? 0) + r.count;
    p.usdRaised += r.usdRaised;
  }
  return [...points.values()].sort((a, b) => a.period.localeCompare(b.period));
}
