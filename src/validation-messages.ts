import { SLUG_PATTERN } from './shared/slug.js';

/**
 * Validation problems in words a person can act on: "Title is required",
 * "Points must be between 0 and 5", "Choose one of: easy, medium, hard",
 * each with the field it is about (`grades.0.criteria.1.points`), the field
 * the dashboard shows the message beside.
 */

export interface FieldIssue {
  /** Dotted path in the request: `title`, `questions.2.options.1`; empty for the whole body. */
  field: string;
  message: string;
}

/** Problems reported per request at most: enough to fix a form, cheap to build for hostile input. */
export const MAX_FIELD_ISSUES = 50;

/** An Ajv error as Fastify hands it over (`verbose: true` adds parentSchema, which names both bounds of a range). */
export interface SchemaIssue {
  instancePath?: string;
  schemaPath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
  parentSchema?: unknown;
  schema?: unknown;
}

/** Where in a request a problem sits (`body`, `querystring`, `params`, `headers`): names the root of its paths. */
export type RequestPart = string;

/** A word of a map, never one of Object.prototype's (a field may be called `constructor`). */
function lookup(map: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

const ROOT_LABELS: Record<string, string> = {
  body: 'The request body',
  querystring: 'The query string',
  params: 'The path',
  headers: 'The headers',
};

/** Words written in capitals or as a brand, whatever the case of the field name. */
const WORD_SPELLINGS: Record<string, string> = {
  url: 'URL',
  urls: 'URLs',
  id: 'ID',
  ids: 'IDs',
  api: 'API',
  uuid: 'UUID',
  ats: 'ATS',
  cli: 'CLI',
  pdf: 'PDF',
  csv: 'CSV',
  json: 'JSON',
};

/** Fields whose name alone reads badly as a label: said as the dashboard says them. */
const FIELD_LABELS: Record<string, string> = {
  repoUrl: 'Repository URL',
  taskBrief: 'Brief',
  timeLimitMinutes: 'Time limit (minutes)',
  expiresInDays: 'Key expiry (days)',
  passingScore: 'Pass mark (%)',
  lowPassBand: 'Low-pass band',
  maxAttempts: 'Attempts allowed',
  redFlagThreshold: 'Red flag threshold',
  maxScore: 'Maximum score',
  maxPoints: 'Points',
  rubricId: 'Rubric',
  issueId: 'Linked issue',
  selectedAnswer: 'Your answer',
};

const IRREGULAR_SINGULARS: Record<string, string> = { criteria: 'criterion', indexes: 'index', indices: 'index', addresses: 'address' };

function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-\s]+/g, ' ')
    .trim()
    .toLowerCase()
    .split(' ')
    .filter(Boolean);
}

/** `timeLimitMinutes` → "Time limit minutes", `exam_id` → "Exam ID", `repoUrl` → "Repo URL". */
export function humanize(name: string): string {
  const words = wordsOf(name).map((word) => lookup(WORD_SPELLINGS, word) ?? word);
  if (words.length === 0) return name;
  const [first, ...rest] = words;
  return [first!.charAt(0).toUpperCase() + first!.slice(1), ...rest].join(' ');
}

/** `options` → `option`, `entries` → `entry`, `criteria` → `criterion`; null when the name is not a plural. */
function singularOf(name: string): string | null {
  const words = wordsOf(name);
  const last = words.at(-1);
  if (!last) return null;
  let singular: string | null;
  const irregular = lookup(IRREGULAR_SINGULARS, last);
  if (irregular !== undefined) singular = irregular;
  else if (last.endsWith('ies') && last.length > 3) singular = `${last.slice(0, -3)}y`;
  else if (/(ss|us)$/.test(last)) singular = null;
  else if (last.endsWith('s') && last.length > 1) singular = last.slice(0, -1);
  else singular = null;
  return singular === null ? null : [...words.slice(0, -1), singular].join(' ');
}

const isIndex = (segment: string) => /^\d+$/.test(segment);

/** The words for a field: its last named part, and the entry number when it is an entry of a list ("Option 2"). */
export function fieldLabel(field: string, where: RequestPart = 'body'): string {
  const segments = field.split('.').filter((segment) => segment !== '');
  const last = segments.at(-1);
  if (last === undefined) return lookup(ROOT_LABELS, where) ?? 'The request';
  if (!isIndex(last)) return lookup(FIELD_LABELS, last) ?? humanize(truncate(last));
  const number = Number(last) + 1;
  const list = segments.at(-2);
  if (list === undefined || isIndex(list)) return `Entry ${number}`;
  const singular = singularOf(list);
  return singular ? `${humanize(singular)} ${number}` : `${humanize(list)} entry ${number}`;
}

function truncate(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export function formatNumber(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: 10 });
}

function listOf(values: readonly unknown[], limit = 20): string {
  const shown = values.slice(0, limit).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  return values.length > limit ? `${shown.join(', ')}, …` : shown.join(', ');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function typeWords(types: readonly unknown[]): string {
  // "text or null", whatever the order of the schema.
  const ordered = [...types].sort((a, b) => Number(a === 'null') - Number(b === 'null'));
  const words = [...new Set(ordered.map((type) => lookup(TYPE_WORDS, String(type)) ?? String(type)))];
  if (words.length <= 1) return words[0] ?? 'a value of another type';
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** Patterns of our schemas, said in words; any other pattern is "not in the expected format". */
const PATTERN_WORDS: Record<string, string> = {
  '\\S': 'cannot be blank',
  '^[^\\r\\n]*\\S[^\\r\\n]*$': 'must be one line of text, not blank',
  '^https?://': 'must start with http:// or https://',
  [SLUG_PATTERN]: 'can only contain lowercase letters, digits and single hyphens (like "backend-screen")',
};

const FORMAT_WORDS: Record<string, string> = {
  'date-time': 'must be a date and time, like 2030-01-31T09:00:00Z',
  date: 'must be a date, like 2030-01-31',
  email: 'must be an email address',
  uri: 'must be a full URL, like https://example.com',
  url: 'must be a full URL, like https://example.com',
  uuid: 'must be a UUID, like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
};

type Bound = { value: number; exclusive: boolean } | null;

function boundsOf(schema: unknown): { lower: Bound; upper: Bound } {
  const node = (typeof schema === 'object' && schema !== null ? schema : {}) as Record<string, unknown>;
  const bound = (inclusive: unknown, exclusive: unknown): Bound => {
    if (typeof exclusive === 'number') return { value: exclusive, exclusive: true };
    if (typeof inclusive === 'number') return { value: inclusive, exclusive: false };
    return null;
  };
  return { lower: bound(node.minimum, node.exclusiveMinimum), upper: bound(node.maximum, node.exclusiveMaximum) };
}

/** "must be between 0 and 5", "must be more than 0 and at most 10,000", "must be at least 1". */
export function rangeWords(lower: Bound, upper: Bound): string {
  const low = lower && formatNumber(lower.value);
  const high = upper && formatNumber(upper.value);
  if (lower && upper) {
    if (!lower.exclusive && !upper.exclusive) return `must be between ${low} and ${high}`;
    return `must be ${lower.exclusive ? `more than ${low}` : `at least ${low}`} and ${upper.exclusive ? `less than ${high}` : `at most ${high}`}`;
  }
  if (lower) return lower.exclusive ? `must be more than ${low}` : `must be at least ${low}`;
  if (upper) return upper.exclusive ? `must be less than ${high}` : `can be at most ${high}`;
  return 'is out of range';
}

const isListEntry = (field: string) => isIndex(field.split('.').at(-1) ?? '');

/** The field an issue is about: `title`, `questions.2.options`, or the property that is missing or unknown. */
export function issueField(issue: SchemaIssue): string {
  const path = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const named = issue.keyword === 'required' ? issue.params?.missingProperty : issue.keyword === 'additionalProperties' ? issue.params?.additionalProperty : undefined;
  if (typeof named === 'string') return path ? `${path}.${named}` : named;
  return path;
}

/** One schema problem in words (unions are explained by explainSchemaIssues). */
export function describeIssue(issue: SchemaIssue, where: RequestPart = 'body'): FieldIssue {
  const field = issueField(issue);
  const label = fieldLabel(field, where);
  const params = issue.params ?? {};
  const say = (predicate: string): FieldIssue => ({ field, message: `${label} ${predicate}` });
  switch (issue.keyword) {
    case 'required':
      return say('is required');
    case 'additionalProperties':
      return { field, message: `"${truncate(String(params.additionalProperty))}" is not a known field` };
    case 'type':
      return say(`must be ${typeWords(([] as unknown[]).concat(params.type))}`);
    case 'minLength': {
      const limit = Number(params.limit);
      if (limit <= 1) return say(isListEntry(field) ? 'cannot be empty' : 'is required');
      return say(`must be at least ${formatNumber(limit)} characters`);
    }
    case 'maxLength':
      return say(`can be at most ${formatNumber(params.limit)} characters`);
    case 'pattern':
      return say(lookup(PATTERN_WORDS, String(params.pattern)) ?? 'is not in the expected format');
    case 'format':
      return say(lookup(FORMAT_WORDS, String(params.format)) ?? `must be a valid ${String(params.format)}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { lower, upper } = boundsOf(issue.parentSchema);
      const limit = Number(params.limit);
      // Without the schema (a non-verbose validator), the bound that failed.
      const fallback: { lower: Bound; upper: Bound } =
        issue.keyword === 'minimum' || issue.keyword === 'exclusiveMinimum'
          ? { lower: { value: limit, exclusive: issue.keyword === 'exclusiveMinimum' }, upper: null }
          : { lower: null, upper: { value: limit, exclusive: issue.keyword === 'exclusiveMaximum' } };
      return say(lower || upper ? rangeWords(lower, upper) : rangeWords(fallback.lower, fallback.upper));
    }
    case 'multipleOf':
      return say(`must be a multiple of ${formatNumber(params.multipleOf)}`);
    case 'minItems': {
      const limit = Number(params.limit);
      const choices = choicesOf((issue.parentSchema as { items?: unknown } | undefined)?.items);
      if (choices && limit === 1) return { field, message: `Choose at least one of: ${listOf(choices)}` };
      return say(limit === 1 ? 'must have at least one entry' : `must have at least ${formatNumber(limit)} entries`);
    }
    case 'maxItems':
      return say(`can have at most ${formatNumber(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}`);
    case 'uniqueItems':
      return say(`must not repeat a value (entries ${Math.min(Number(params.i), Number(params.j)) + 1} and ${Math.max(Number(params.i), Number(params.j)) + 1} are the same)`);
    case 'minProperties':
      return say(`must have at least ${formatNumber(params.limit)} ${Number(params.limit) === 1 ? 'field' : 'fields'}`);
    case 'maxProperties':
      return say(`can have at most ${formatNumber(params.limit)} fields`);
    case 'enum':
      return { field, message: `Choose one of: ${listOf(Array.isArray(params.allowedValues) ? params.allowedValues : [])}` };
    case 'const':
      return say(`must be ${listOf([params.allowedValue])}`);
    case 'not':
      return say('is not allowed here');
    default:
      return say(issue.message ? issue.message.replace(/^must NOT/, 'must not') : 'is invalid');
  }
}

/** The values a schema allows when it is a list of choices (an enum, or a union of constants), else null. */
function choicesOf(schema: unknown): unknown[] | null {
  if (typeof schema !== 'object' || schema === null) return null;
  const node = schema as { enum?: unknown; anyOf?: unknown };
  if (Array.isArray(node.enum)) return node.enum as unknown[];
  if (!Array.isArray(node.anyOf) || node.anyOf.length === 0) return null;
  const branches = node.anyOf as Array<Record<string, unknown> | null>;
  return branches.every((branch) => typeof branch === 'object' && branch !== null && 'const' in branch) ? branches.map((branch) => branch!.const) : null;
}

const UNION_KEYWORDS = new Set(['anyOf', 'oneOf']);
const isUnion = (issue: SchemaIssue) => UNION_KEYWORDS.has(issue.keyword ?? '');
const within = (issue: SchemaIssue, union: SchemaIssue) => (issue.schemaPath ?? '').startsWith(`${union.schemaPath}/`);

/** The branch schemas of a union issue (verbose validators give them as `schema`). */
function branchesOf(union: SchemaIssue): Array<Record<string, unknown>> {
  const list = Array.isArray(union.schema) ? union.schema : [];
  return list.map((branch: unknown) => (typeof branch === 'object' && branch !== null ? (branch as Record<string, unknown>) : {}));
}

/** A value that fits no branch of a union: the branch it was meant for, else the forms it may take. */
function explainUnion(union: SchemaIssue, inner: SchemaIssue[], where: RequestPart): FieldIssue[] {
  const field = issueField(union);
  const branches = branchesOf(union);
  const choices = choicesOf({ anyOf: branches });
  if (choices) return [{ field, message: `Choose one of: ${listOf(choices)}` }];
  const byBranch = new Map<string, SchemaIssue[]>();
  for (const issue of inner) {
    const branch = (issue.schemaPath ?? '').slice((union.schemaPath ?? '').length + 1).split('/')[0]!;
    byBranch.set(branch, [...(byBranch.get(branch) ?? []), issue]);
  }
  // A branch whose type does not match the value at all is not the one the sender meant.
  const typeMismatch = (issues: SchemaIssue[]) => issues.some((issue) => issue.keyword === 'type' && issue.instancePath === union.instancePath);
  const meant = [...byBranch.values()].filter((issues) => !typeMismatch(issues)).sort((a, b) => a.length - b.length)[0];
  if (meant) return explainSchemaIssues(meant, where, false);
  const types = branches.flatMap((branch) => ([] as unknown[]).concat(branch.type ?? []));
  const label = fieldLabel(field, where);
  return [{ field, message: types.length > 0 ? `${label} must be ${typeWords(types)}` : `${label} is not in an accepted form` }];
}

/**
 * Every problem of a request in words, at most one per field (the first:
 * "Title is required" rather than also "cannot be blank"), unions explained by
 * the branch the value was meant for, at most MAX_FIELD_ISSUES.
 */
export function explainSchemaIssues(issues: readonly SchemaIssue[], where: RequestPart = 'body', limit: number | false = MAX_FIELD_ISSUES): FieldIssue[] {
  const unions = issues.filter(isUnion);
  const outer = unions.filter((union) => !unions.some((other) => other !== union && within(union, other)));
  const described: FieldIssue[] = [];
  for (const issue of issues) {
    if (outer.some((union) => within(issue, union))) continue;
    if (isUnion(issue)) {
      if (outer.includes(issue)) described.push(...explainUnion(issue, issues.filter((inner) => within(inner, issue)), where));
      continue;
    }
    described.push(describeIssue(issue, where));
  }
  const seen = new Set<string>();
  const unique = described.filter((issue) => {
    if (seen.has(issue.field)) return false;
    seen.add(issue.field);
    return true;
  });
  return limit === false ? unique : unique.slice(0, limit);
}

/**
 * Where a nested field sits, in words: `questions.2.options.1` → "Question 3",
 * `grades.0.criteria.1.points` → "Grade 1, criterion 2", `cases.0.rubric.criteria` → "Case 1, rubric".
 */
export function fieldContext(field: string): string {
  const segments = field.split('.').filter((segment) => segment !== '');
  // The field itself (its last name, with its entry number) is what the message names.
  const containers = segments.slice(0, isIndex(segments.at(-1) ?? '') ? -2 : -1);
  const parts: string[] = [];
  containers.forEach((segment, index) => {
    if (isIndex(segment)) return;
    const next = containers[index + 1];
    parts.push(next !== undefined && isIndex(next) ? fieldLabel(`${segment}.${next}`) : humanize(truncate(segment)));
  });
  return parts.map((part, index) => (index === 0 ? part : part.charAt(0).toLowerCase() + part.slice(1))).join(', ');
}

/** How many problems the one-line message of an error names before "and N more". */
const SUMMARY_ISSUES = 3;

/**
 * The one-line message of an error with these issues: each message, after
 * where its field sits when it is nested, and the field's path for whoever
 * reads the answer in a terminal or a log
 * ("Title is required (title); Question 3: Text is required (questions.2.text)").
 */
export function summarizeIssues(issues: readonly FieldIssue[]): string {
  if (issues.length === 0) return 'The request is not valid';
  const lines = issues.slice(0, SUMMARY_ISSUES).map(({ field, message }) => {
    const context = fieldContext(field);
    const path = field && !message.includes(`"${field}"`) ? ` (${field})` : '';
    return `${context ? `${context}: ` : ''}${message}${path}`;
  });
  const more = issues.length - SUMMARY_ISSUES;
  return more > 0 ? `${lines.join('; ')}; and ${more} more ${more === 1 ? 'problem' : 'problems'}` : lines.join('; ');
}
