/** An article as every ingest source hands it to extraction. */
export interface ArticleInput {
  /** Stable id within its source (GUID, JSON id, or a derived key). */
  id: string;
  title: string;
  /** Plain text; paragraphs separated by blank lines. */
  body: string;
  url?: string | null;
  /** ISO 8601 date or date-time, when known. */
  published?: string | null;
  author?: string | null;
}

export type DealType = 'funding' | 'acquisition' | 'partnership' | 'joint_venture' | 'ipo' | 'fund';
export type DealStatus = 'completed' | 'announced' | 'reported' | 'planned';

export interface Amount {
  /** Whole units of `currency`. */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** US-dollar figure: stated in the article, or converted (see `usdConverted`), or null. */
  usd: number | null;
  usdConverted: boolean;
}

export interface MoneyMention extends Amount {
  /** The text as written, e.g. "1 billion yuan ($145 million)". */
  text: string;
  /** Character offsets into `articleText(article)`. */
  start: number;
  end: number;
}

export interface CompanyMention {
  /** The fullest name the article uses. */
  name: string;
  /** Every form the article uses for it. */
  aliases: string[];
  mentions: number;
  /** 0..1 */
  confidence: number;
}

export interface Deal {
  type: DealType;
  /** Funding: who receives; acquisition: what is bought; JV: the venture's name; IPO: who lists; fund: the investor. */
  subject: string | null;
  /** Investors (lead first), buyers, partners or members. */
  counterparties: string[];
  /** The subset of counterparties said to lead. */
  leadInvestors: string[];
  amount: Amount | null;
  round: string | null;
  status: DealStatus;
  salience: 'main' | 'background';
  /** The sentence(s) that state the deal, with offsets into `articleText(article)`. */
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
}

export interface Extraction {
  id: string;
  title: string;
  companies: CompanyMention[];
  money: MoneyMention[];
  deals: Deal[];
}
