/** Query parameters that only track a click, never choose the page. */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|igshid|yclid|ref|ref_src|ref_url|cmpid|ncid|sr_share|guccounter|guce_referrer|guce_referrer_sig|spm|__twitter_impression)$/i;

/**
 * The form of an article URL that two feeds linking the same page agree on: lower-case host, no default port,
 * no fragment, no tracking parameters, remaining parameters sorted, no trailing slash on a non-root path.
 * Null for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
  // http and https of one page are one article: the scheme is left out.
  return `${u.host.toLowerCase()}${u.pathname}${u.search}`;
}
