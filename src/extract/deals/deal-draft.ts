import type { Amount, DealDate, DealStatus, DealType } from '../types.js';
import type { SentenceContext } from './sentence-context.js';

/** A deal as the rules first read it: parties are company indexes. */
export interface DealDraft {
  type: DealType;
  subject: number | null;
  /** A named venture or unit that is not among the companies (joint ventures). */
  subjectName?: string | null;
  counterparties: number[];
  leads: number[];
  amount: Amount | null;
  round: string | null;
  status: DealStatus;
  sentence: SentenceContext;
  confidence: number;
  /** Investors of a round whose receiver the sentence does not name ("The round was led by X"). */
  investorsOnly?: boolean;
  /** A standing tie ("X-backed Y", "an investor in Y") rather than a reported transaction. */
  relation?: boolean;
  /** A round's valuation and the receiver's total raised to date, where the sentence gives them (never the deal's sum). */
  valuation?: Amount;
  totalRaised?: Amount;
  /** Offset of the words that state the deal (its verb), where known: its clause gives the deal's time. */
  at?: number;
  /** The deal's own date, and whether its words place it before the article's news (set once all rules have run). */
  date?: DealDate | null;
  past?: boolean;
  /** Refers back to a deal already named: "only" ("the collaboration will ...") joins it or is dropped; "join" ("this partnership with X") joins it or stands alone. */
  anaphoric?: 'only' | 'join' | undefined;
}

/** Start of regex match `m` in the article (its index is relative to the sentence). */
export const at = (s: SentenceContext, m: RegExpMatchArray): number => s.start + (m.index ?? 0);
