/** Offset paging: `limit` is clamped into [1, max] (not rejected), `offset` is at least 0. */
export function clampPage(
  query: { limit?: number; offset?: number },
  defaults: { limit: number; max: number },
): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? defaults.limit), 1), defaults.max);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  return { limit, offset };
}
