import type { Db } from '../../src/db/database.js';
import { naturalIds, rowsOf } from './db-snapshot.js';
import { seededRandom } from './crash-schedule.js';

/** One curation action, naming companies by norm_name and deals by their natural key (ids differ between databases). */
export type CurationAction =
  | { kind: 'merge'; from: string; into: string }
  | { kind: 'undo'; from: string; into: string }
  | { kind: 'wrong'; company: string; wrong: boolean }
  | { kind: 'review'; deal: string; review: 'accepted' | 'rejected' | null };

const LOGGED = { merge: 'merge', undo: 'unmerge', wrong: ['unmark_wrong', 'mark_wrong'], review: { accepted: 'accept', rejected: 'reject', none: 'clear_review' } };
const loggedAs = (a: CurationAction): string => (a.kind === 'merge' ? LOGGED.merge : a.kind === 'undo' ? LOGGED.undo
  : a.kind === 'wrong' ? LOGGED.wrong[Number(a.wrong)]! : LOGGED.review[a.review ?? 'none']);

/**
 * A curator's session over the database as ingest left it: merges, an undo, a re-merge, wrong marks set and cleared,
 * deal reviews set and cleared; companies and deals picked by `seed` among the most mentioned and all deals.
 */
export async function curationPlan(db: Db, seed: number): Promise<CurationAction[]> {
  const random = seededRandom(seed ^ 0x5eed);
  const shuffle = <T>(xs: T[]) => xs.map((x) => ({ x, r: random() })).sort((a, b) => a.r - b.r).map((p) => p.x);
  const top = (await rowsOf(db, `select c.norm_name from companies c join mentions m on m.company_id = c.id
    group by c.norm_name order by count(*) desc, c.norm_name limit 20`)).map((r) => String(r.norm_name));
  const [c0, c1, c2, c3, c4, c5] = shuffle(top) as string[];
  const [d0, d1, d2] = shuffle([...(await naturalIds(db)).deal.keys()].sort()) as string[];
  if (!c5 || !d2) throw new Error('curation plan: the ingested data has too few companies or deals');
  return [
    { kind: 'merge', from: c0!, into: c1! },
    { kind: 'review', deal: d0!, review: 'accepted' },
    { kind: 'merge', from: c2!, into: c3! },
    { kind: 'wrong', company: c4!, wrong: true },
    { kind: 'undo', from: c0!, into: c1! },
    { kind: 'review', deal: d1!, review: 'rejected' },
    { kind: 'merge', from: c0!, into: c3! },
    { kind: 'wrong', company: c4!, wrong: false },
    { kind: 'review', deal: d0!, review: null },
    { kind: 'undo', from: c2!, into: c3! },
    { kind: 'merge', from: c5!, into: c1! },
    { kind: 'review', deal: d2!, review: 'accepted' },
  ];
}

export interface CurationClient {
  /** Issues one action through the API; throws unless it answers 200. */
  issue(action: CurationAction): Promise<void>;
  /**
   * How many actions of `plan` are already done, read from the curation log (each action and its log entry commit
   * together): the log must be exactly a prefix of the plan, or this throws.
   */
  done(plan: CurationAction[]): Promise<number>;
}

/** Talks to a running `news-intel serve` at `baseUrl` with a write token; ids resolved once in `ids` (they do not change). */
export function curationClient(baseUrl: string, token: string, ids: Awaited<ReturnType<typeof naturalIds>>): CurationClient {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(new URL(path, baseUrl), {
      method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json() as any;
    if (res.status !== 200) throw new Error(`curation: ${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`);
    return json;
  };
  const company = (n: string) => ids.company.get(n) ?? (() => { throw new Error(`curation: no company ${n}`); })();
  const deal = (k: string) => ids.deal.get(k) ?? (() => { throw new Error(`curation: no deal ${k}`); })();
  return {
    async issue(a) {
      if (a.kind === 'merge') await call('POST', `/api/companies/${company(a.from)}/merge`, { into: company(a.into) });
      else if (a.kind === 'wrong') await call('POST', `/api/companies/${company(a.company)}/wrong`, { wrong: a.wrong });
      else if (a.kind === 'review') await call('POST', `/api/deals/${deal(a.deal)}/review`, { review: a.review });
      else {
        const { items } = await call('GET', '/api/merges?limit=500');
        const merge = (items as any[]).find((m) => m.from.id === company(a.from) && m.into.id === company(a.into) && !m.undoneAt);
        if (!merge) throw new Error(`curation: no live merge of ${a.from} into ${a.into} to undo`);
        await call('POST', `/api/merges/${merge.id}/undo`);
      }
    },
    async done(plan) {
      const { items } = await call('GET', '/api/curation-log?limit=1000');
      const log = (items as any[]).reverse();
      log.forEach((entry, i) => {
        const want = plan[i];
        const target = want && (want.kind === 'review' ? deal(want.deal) : company(want.kind === 'wrong' ? want.company : want.from));
        if (!want || entry.action !== loggedAs(want) || entry.targetId !== target) {
          throw new Error(`curation: log entry ${i + 1} (${entry.action} ${entry.targetType} ${entry.targetId}) is not action ${i + 1} of the plan (${JSON.stringify(want)})`);
        }
      });
      return log.length;
    },
  };
}
