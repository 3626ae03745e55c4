import { NASTY_DATES, resolveRef, type Json, type JsonSchema } from './fuzz-values.js';

/**
 * Hostile request parts that no schema describes (content types, raw bodies,
 * crafted cursors) and the JSON surgery the mutations make on a valid body.
 */

export const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/json; charset=iso-8859-1',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/jsonx',
  'application/octet-stream',
];

/** Cursors in the encodings our endpoints use, holding what a decoder must not pass on to SQL. */
export const CRAFTED_CURSORS: string[] = [
  ...NASTY_DATES.slice(0, 12).flatMap((date) => [
    JSON.stringify([date, 'res_01JZZZZZZZZZZZZZZZZZZZZZZZ']),
    JSON.stringify([date, 'evt\u0000']),
    `p=${encodeURIComponent(date)}&i=res_01JZZZZZZZZZZZZZZZZZZZZZZZ`,
  ]),
  JSON.stringify({ id: 'dlv_\u0000' }),
  JSON.stringify({ id: 'x'.repeat(500) }),
  JSON.stringify(['2026-01-01T00:00:00Z', 'x'.repeat(300)]),
  JSON.stringify([1e308, -1]),
].map((text) => Buffer.from(text).toString('base64url'));

export const RAW_BODIES = ['{', '{"a":1,}', '[]', 'null', '"text"', '12', '\ufeff{}', '{"a":1,"a":2}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}'];

/** What a header value may hold (Node refuses control characters, and anything else is not ASCII). */
export function isPrintableAscii(text: string): boolean {
  return [...text].every((character) => character >= ' ' && character <= '~');
}

/** encodeURIComponent, except that an unpaired surrogate (which it refuses) is sent as its WTF-8 bytes. */
export function encodeComponent(text: string): string {
  return text.replace(/\p{Surrogate}|[^\p{Surrogate}]+/gu, (part) => {
    if (!/^\p{Surrogate}$/u.test(part)) return encodeURIComponent(part);
    const unit = part.charCodeAt(0);
    return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
  });
}

export function queryString(value: Json): string[] {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  return [typeof value === 'string' ? value : JSON.stringify(value)];
}

/** The leaf paths of a JSON value (where a mutation can land). */
export function pathsOf(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  out.push(prefix);
  return out;
}

/** A copy of `value` with the value at `path` replaced, or removed when `replacement` is undefined. */
export function setAt(value: Json, path: Array<string | number>, replacement: Json | undefined): Json | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = setAt(copy[Number(head)] ?? null, rest, replacement);
    if (next === undefined) copy.splice(Number(head), 1);
    else copy[Number(head)] = next;
    return copy;
  }
  const copy: Record<string, Json> = { ...(value !== null && typeof value === 'object' ? value : {}) };
  const next = setAt(copy[String(head)] ?? null, rest, replacement);
  if (next === undefined) delete copy[String(head)];
  else copy[String(head)] = next;
  return copy;
}

/** The schema at a path of a body, following properties and items (and the first object branch of a union). */
export function schemaAt(schema: JsonSchema, path: Array<string | number>, document: unknown): JsonSchema {
  let current = resolveRef(schema, document);
  for (const step of path) {
    const union = current.anyOf ?? current.oneOf;
    if (union) current = union.find((branch) => branch.type !== 'null') ?? current;
    const additional = typeof current.additionalProperties === 'object' ? current.additionalProperties : {};
    current = resolveRef(typeof step === 'number' ? (current.items ?? {}) : (current.properties?.[step] ?? additional), document);
  }
  return current;
}

/** A raw JSON text of the body with the value at `path` replaced by `literal` (text JSON.stringify cannot produce). */
export function withLiteral(body: Json | undefined, path: Array<string | number>, literal: string | Buffer): Buffer {
  const marker = '__fuzz_literal__';
  const text = JSON.stringify(path.length === 0 ? marker : setAt(body ?? {}, path, marker));
  const [before, after = ''] = text.split(`"${marker}"`);
  return Buffer.concat([Buffer.from(before ?? ''), Buffer.isBuffer(literal) ? literal : Buffer.from(literal), Buffer.from(after)]);
}
