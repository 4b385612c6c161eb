/** `freshrss:<base URL>` with the user in the URL: the feed row of a FreshRSS account (the API password is never stored). */
export function freshrssAccountSource(baseUrl: string, user: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`freshrss: "${baseUrl}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`freshrss: "${baseUrl}" is not an http(s) URL`);
  url.password = '';
  url.username = encodeURIComponent(user);
  return `freshrss:${url.href}`;
}
