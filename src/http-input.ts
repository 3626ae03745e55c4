import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, ValidationError } from './errors.js';

/**
 * Input the databases can store, and store alike, checked once for every
 * route. PostgreSQL refuses U+0000 in text (SQLite keeps it: the two would
 * disagree), and a UTF-8 encoder (the pg driver, better-sqlite3) silently turns
 * an unpaired surrogate or invalid UTF-8 into U+FFFD, storing something the
 * client did not send. Nesting is bounded so that no recursive walk over a
 * free-form document (JSON.stringify when storing it) can exhaust the stack.
 */

/** Deeper than any document of ours; a limit well below what recursion can take. */
export const MAX_NESTING_DEPTH = 32;

export type TextProblem = 'nul' | 'unpaired_surrogate' | 'too_deep';

export interface TextFinding {
  /** `title`, `questions.0.options.2`, or the path to an object key. */
  field: string;
  problem: TextProblem;
}

function problemOf(text: string): TextProblem | null {
  if (text.includes('\u0000')) return 'nul';
  if (/\p{Surrogate}/u.test(text)) return 'unpaired_surrogate';
  return null;
}

/** A field name fit for a message: NULs and lone surrogates shown as escapes. */
function printable(name: string): string {
  return name.replaceAll('\u0000', '\\u0000').replace(/\p{Surrogate}/gu, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`);
}

/** The first string (value or object key) the databases cannot store as sent, or null. Iterative: depth is unbounded here. */
export function findUnstorableText(value: unknown, root = ''): TextFinding | null {
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, path, depth } = pending.pop()!;
    if (typeof current === 'string') {
      const problem = problemOf(current);
      if (problem) return { field: path, problem };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_NESTING_DEPTH) return { field: path, problem: 'too_deep' };
    const join = (key: string) => printable(path ? `${path}.${key}` : key);
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) pending.push({ value: current[index], path: join(String(index)), depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys) {
      const problem = problemOf(key);
      if (problem) return { field: join(key), problem };
    }
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      pending.push({ value: (current as Record<string, unknown>)[key], path: join(key), depth: depth + 1 });
    }
  }
  return null;
}

const PROBLEM_MESSAGES: Record<TextProblem, string> = {
  nul: 'must not contain the NUL character (U+0000)',
  unpaired_surrogate: 'must be valid Unicode text (it has an unpaired surrogate)',
  too_deep: `is nested deeper than ${MAX_NESTING_DEPTH} levels`,
};

export function unstorableTextError(where: string, finding: TextFinding): ValidationError {
  const message = PROBLEM_MESSAGES[finding.problem];
  const field = finding.field || where;
  return new ValidationError(`${where}: ${field} ${message}`, [{ field, message }], finding.problem === 'too_deep' ? 'too_deep' : 'invalid_text');
}

/**
 * preValidation hook: refuses unstorable text in the path parameters (every
 * route reads those) and in the query and body of routes that read them (that
 * declare a schema for them), before schema validation, so the answer names the field.
 */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  // An unknown route reads nothing: it answers 404 whatever its path holds.
  if (request.is404) return;
  const schema = request.routeOptions.schema;
  const parts: Array<[string, unknown]> = [['params', request.params]];
  if (schema?.querystring) parts.push(['querystring', request.query]);
  if (schema?.body) parts.push(['body', request.body]);
  for (const [where, value] of parts) {
    const finding = findUnstorableText(value);
    if (finding) throw unstorableTextError(where, finding);
  }
}

/** JSON is UTF-8 (RFC 8259); a body declaring another charset is refused rather than misread. */
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

class UnsupportedCharsetError extends AppError {
  constructor(charset: string) {
    super(415, 'unsupported_media_type', `JSON bodies must be UTF-8, not ${charset}`);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Replaces Fastify's JSON body parser with one that refuses invalid UTF-8
 * (Node would decode it as U+FFFD and the garbled text would be stored), then
 * hands the text to Fastify's own parser (prototype-poisoning checks, empty
 * body and syntax errors answered as before).
 */
export function useStrictJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) {
      done(new UnsupportedCharsetError(charset), undefined);
      return;
    }
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      const message = 'is not valid UTF-8';
      done(new ValidationError(`body ${message}`, [{ field: 'body', message }], 'invalid_text'), undefined);
      return;
    }
    void parseJson(request, text, done);
  });
}
