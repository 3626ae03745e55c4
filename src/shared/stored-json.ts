/**
 * Readers of JSON kept in text columns, for the read models (the result
 * views, item analysis) that show what was stored rather than fail on it:
 * pure, and tolerant of values that are missing or not JSON. Here rather than
 * in one feature because several read models read the same columns, and none
 * of them owns the write side.
 */

/** A stored JSON value (an answer, an answer key, a list of options); null stays null, and text that is not JSON is returned as it is. */
export function parseJsonValue(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/**
 * The question ids of a session in the order it was shown, from
 * sessions.question_order (written by the sessions feature: one
 * `{ questionId, optionOrder }` per question). Bare ids and `{ id }` entries
 * are read too; anything unreadable is an empty list.
 */
export function questionOrderOf(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry) => {
      if (typeof entry === 'string') return [entry];
      if (entry && typeof entry === 'object') {
        const id = (entry as Record<string, unknown>).questionId ?? (entry as Record<string, unknown>).id;
        return typeof id === 'string' ? [id] : [];
      }
      return [];
    });
  } catch {
    return [];
  }
}
