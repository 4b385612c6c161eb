function asObject(value: unknown): Record<string, unknown> | null {
  if (typeof value === 'string') {
    if (!value.trimStart().startsWith('{')) return null;
    try {
      return asObject(JSON.parse(value));
    } catch {
      return null;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Whether a JSON text (or parsed value) is a JSON Feed: its `version` names jsonfeed.org. */
export function isJsonFeed(value: unknown): boolean {
  const version = asObject(value)?.version;
  return typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//i.test(version.trim());
}
