import type { MergeMoves } from '../schema.js';

/**
 * What a merge records: `MergeMoves` with each moved mention's own confidence, which the undo needs when the
 * mention was folded into the target's row for the same article (and so deleted). Still a `MergeMoves`.
 */
export interface RecordedMoves extends MergeMoves {
  mentions: (MergeMoves['mentions'][number] & { confidence?: number })[];
}
