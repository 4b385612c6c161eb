/**
 * The URL of a Google Reader API call. `baseUrl` is the FreshRSS instance (`https://rss.example.org/`) or its API
 * endpoint (`https://rss.example.org/api/greader.php`); `path` starts with `/` (`/reader/api/0/tag/list`).
 */
export function greaderUrl(baseUrl: string, path: string, query: Record<string, string | number | null | undefined> = {}): string {
  const root = baseUrl.trim().replace(/[?#].*$/, '').replace(/\/+$/, '');
  const api = /\/api\/greader\.php$/i.test(root) ? root : `${root}/api/greader.php`;
  const url = new URL(api + path);
  for (const [k, v] of Object.entries(query)) {
    if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, String(v));
  }
  return url.href;
}
