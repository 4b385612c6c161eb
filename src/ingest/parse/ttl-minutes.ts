const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };

/** Poll interval in minutes from RSS `<ttl>` or the syndication module (`sy:updatePeriod`/`sy:updateFrequency`). */
export function ttlMinutes(ttl: unknown, sy?: { updatePeriod?: unknown; updateFrequency?: unknown }): number | null {
  const direct = Number(ttl);
  if (ttl != null && ttl !== '' && Number.isFinite(direct) && direct > 0) return Math.round(direct);
  const period = typeof sy?.updatePeriod === 'string' ? PERIOD_MINUTES[sy.updatePeriod.trim().toLowerCase()] : undefined;
  if (!period) return null;
  const frequency = Number(sy?.updateFrequency ?? 1);
  return Math.max(1, Math.round(period / (Number.isFinite(frequency) && frequency >= 1 ? frequency : 1)));
}
