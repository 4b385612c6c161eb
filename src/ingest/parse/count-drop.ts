/** Counts one dropped item under `reason`. */
export function countDrop(dropped: Record<string, number>, reason: string, by = 1): void {
  if (by > 0) dropped[reason] = (dropped[reason] ?? 0) + by;
}
