/** A seeded generator: the same seed gives the same kill points on every machine. */
import { seededRandom } from '../../src/ingest/schedule/seeded-random.js';

export { seededRandom };

export type CrashPhase = 'ingest' | 'extraction' | 'curation';

/** Kill once the phase's progress has reached `after` (progress lines, polls or curation actions), `delayMs` later. */
export interface KillPoint { phase: CrashPhase; after: number; delayMs: number }

export interface ScheduleShape {
  /** Kill points per phase, and the range of progress each may fall at (inclusive), and of the delay. */
  phases: { phase: CrashPhase; kills: number; after: [number, number]; delayMs: [number, number] }[];
}

/**
 * The kill points of one crash run, drawn from `seed`: within each phase, distinct progress points in increasing
 * order (each restart gets further than the last), each with a random delay so that the kill lands at a random
 * moment of the work in hand (mid-transaction, between two, while a request is answered).
 */
export function crashSchedule(seed: number, shape: ScheduleShape): KillPoint[] {
  const random = seededRandom(seed);
  const pick = ([lo, hi]: [number, number]) => lo + Math.floor(random() * (hi - lo + 1));
  return shape.phases.flatMap(({ phase, kills, after, delayMs }) => {
    const points = new Set<number>();
    if (after[1] - after[0] + 1 < kills) throw new Error(`crash schedule: ${kills} kills do not fit in progress ${after[0]}..${after[1]}`);
    while (points.size < kills) points.add(pick(after));
    return [...points].sort((a, b) => a - b).map((at) => ({ phase, after: at, delayMs: pick(delayMs) }));
  });
}
