/** Capitalised words and abbreviations in business news that do not name an organisation on their own. */
export const NON_NAME_WORDS = new Set([
  'ceo', 'cfo', 'cto', 'coo', 'ai', 'iot', 'api', 'apis', 'saas', 'paas', 'iaas', 'b2b', 'b2c', 'd2c', 'ev', 'evs',
  'ipo', 'ipos', 'vc', 'vcs', 'pe', 'ma', 'm&a', 'sme', 'smes', 'msme', 'msmes', 'gdp', 'jv', 'jvs', 'ar', 'vr',
  'ml', 'nft', 'nfts', 'crypto', 'fintech', 'edtech', 'healthtech', 'proptech', 'insurtech', 'agritech', 'tv',
  'ott', 'vod', 'gmv', 'arr', 'mrr', 'roi', 'kpi', 'os', 'pc', 'pcs', 'app', 'apps', 'qr', 'sms', 'gps', 'ui',
  'ux', 'hr', 'pr', 'it', 'r&d', 'esg', 'spac', 'spacs', 'ccps', 'aum', 'cagr', 'yoy', 'eps', 'ebitda', 'faq',
  'pdf', 'usd', 'eur', 'inr', 'gbp', 'cny', 'rmb', 'jpy', 'rs', 'rs.', 'mn', 'bn', 'cr', 'crore', 'lakh', 'ltd',
  'inc', 'am', 'pm', 'et', 'pt', 'gmt', 'utc', 'ist', 'est', 'pst', 'ok', 'diy', 'cpu', 'gpu', 'chip', 'chips',
  'cloud', 'internet', 'web', 'covid', 'covid-19', 'coronavirus', 'series', 'seed', 'round', 'pre-series',
  'breaking', 'update', 'updated', 'exclusive', 'opinion', 'analysis', 'column', 'editorial', 'interview',
  'photo', 'image', 'video', 'source', 'sources', 'screenshot', 'read', 'more', 'related', 'content', 'follow',
  'subscribe', 'newsletter', 'click', 'here', 'notes', 'editors', 'about', 'contact', 'contacts', 'media',
  'information', 'disclaimer', 'copyright', 'reporting', 'editing', 'additional', 'big', 'mr', 'ms', 'mrs', 'dr',
  'wi-fi', 'wifi', 'csp', 'csps', 'oem', 'oems', 'ott', 'lte', '5g', '4g', 'nb-iot', 'm2m', 'cis', 'kyc', 'upi', 'bnpl', 'p2p',
  'f&b', 'g&a', 'fmcg', 'tpv', 'o2o', 'crm', 'erp', 'tmt', 'dau', 'mau', 'bric', 'brics', 'rom', 'gb', 'tb', 'mb',
  'kb', 'ghz', 'mhz', 'mw', 'gw', 'kwh', 'co-ceo', 'ceos', 'llm', 'gpt', 'usb', 'nfc', 'rfid', 'dna', 'ipo-bound',
  'others', 'other', 'everyone', 'state', 'government', 'govt', 'federal', 'national', 'public', 'private', 'someone', 'i', 'i’m', "i'm", 'we’re', "we're", 'it’s', "it's", 'ok',
]);

/** Capitalised function words that start a span in headings or sentences and are not part of a name. */
export const LEADING_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'in', 'on',
  'at', 'for', 'but', 'and', 'or', 'as', 'if', 'when', 'while', 'after', 'before', 'with', 'from', 'by', 'to', 'of',
  'so', 'yet', 'also', 'then', 'there', 'here', 'it', 'we', 'they', 'he', 'she', 'i', 'you', 'both', 'all', 'some',
  'many', 'most', 'each', 'every', 'other', 'another', 'such', 'no', 'not', 'now', 'how', 'why', 'what', 'who',
  'where', 'which', 'per', 'via', 'under', 'over', 'about', 'since', 'until', 'though', 'although', 'because',
  'meanwhile', 'however', 'still', 'just', 'only', 'even', 'last', 'next', 'earlier', 'later', 'according',
]);

/** Words that make a capitalised run a place, event or venue rather than an organisation ("Acme Hall"). */
export const EVENT_WORDS = new Set([
  'hall', 'newsroom', 'stadium', 'arena', 'center', 'centre', 'campus', 'conference', 'summit', 'congress', 'festival',
  'award', 'awards', 'prize', 'cup', 'expo', 'fair', 'forum', 'show', 'week', 'day', 'olympics', 'championship',
  'tower', 'building', 'plaza', 'mall', 'airport', 'station', 'port', 'index', 'act', 'bill', 'law', 'program',
  'programme', 'initiative', 'challenge', 'roundup', 'weekly', 'daily', 'podcast', 'episode', 'edition', 'report',
  'fellowship', 'team', 'scheme', 'principles', 'collection', 'series', 'season', 'game', 'hackathon',
]);
