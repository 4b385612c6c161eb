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

/** A company known from earlier articles: its canonical name and how much the corpus vouches for it. */
export interface KnownCompany {
  name: string;
  /** Evidence weight, 1..5: added to a candidate's organisation evidence. */
  weight: number;
}

/** Companies known from earlier articles, by `knownKey` of every name and alias (one lookup per candidate). */
export type KnownCompanies = ReadonlyMap<string, KnownCompany>;

export interface CompanyMention {
  /** The fullest name the article uses. */
  name: string;
  /** Every form the article uses for it. */
  aliases: string[];
  mentions: number;
  /** 0..1 */
  confidence: number;
  /** The canonical name of the known company (see KnownCompanies) this one is, where it is one. */
  known?: string;
}

/** A date the article's words give a deal ("in 2019" is a year, "in March 2021" a month); `value` is its first day. */
export interface DealDate {
  value: string;
  precision: 'year' | 'month' | 'day';
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
  /** Funding: the valuation and the total raised to date the article gives with the round (never the round's sum). */
  valuation?: Amount | null;
  totalRaised?: Amount | null;
  /** The deal's own date where the text states one; null where it does not (store: main deals take the article's date). */
  date?: DealDate | null;
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
