import escape from 'escape-html';

/** HTML-escapes any value for text and attribute positions; null and undefined become the empty string. */
export function escapeHtml(value: unknown): string {
  return escape(String(value ?? ''));
}
