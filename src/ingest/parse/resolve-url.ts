function tryUrl(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * Resolves `href` against a chain of bases, innermost first (entry xml:base, feed xml:base, feed URL); each base
 * is itself resolved against the ones after it. Returns an absolute http(s) URL, or null when none can be made.
 */
export function resolveUrl(href: string | null | undefined, ...bases: (string | null | undefined)[]): string | null {
  const value = href?.trim();
  if (!value) return null;
  let base: string | undefined;
  for (const b of bases.filter((x): x is string => !!x?.trim()).reverse()) {
    base = tryUrl(b.trim(), base)?.href ?? base;
  }
  const url = tryUrl(value, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}
