/** The name in a label stream id (`user/-/label/Fintech` or `user/<id>/label/Fintech`); null for states and feeds. */
export function labelName(streamId: string): string | null {
  return /^user\/[^/]+\/label\/(.+)$/.exec(streamId)?.[1] ?? null;
}
