import diagnostics from 'node:diagnostics_channel';
import type { FastifyInstance, InjectOptions, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { nextIp } from '../helpers/candidate-kit.js';
import { createFuzzWorld, type Credential, type FuzzWorld } from './fuzz-world.js';
import { createResponseChecker, type OpenApiDocument, type OpenApiOperation, type ResponseLike } from './fuzz-responses.js';
import {
  createRandom,
  deeplyNested,
  hashString,
  INVALID_UTF8_SEQUENCES,
  NASTY_DATES,
  NASTY_NUMBER_LITERALS,
  NASTY_STRINGS,
  nastyValue,
  validValue,
  type Json,
  type JsonSchema,
  type Random,
} from './fuzz-values.js';
import {
  CONTENT_TYPES,
  CRAFTED_CURSORS,
  encodeComponent,
  isPrintableAscii,
  pathsOf,
  queryString,
  RAW_BODIES,
  schemaAt,
  setAt,
  withLiteral,
} from './fuzz-mutations.js';

/**
 * Requests generated from /openapi.json for every operation: valid ones (a
 * seed, and values drawn from the schemas, with real ids and credentials) and
 * hostile ones (NUL and other unstorable text, numbers beyond every column,
 * impossible dates, long and non-Latin strings, invalid UTF-8, wrong content
 * types, deep nesting, wrong or foreign credentials). The test fails on any
 * 5xx and on any answer that its operation does not document (status, content
 * type, body schema). FUZZ_SEED and FUZZ_REQUESTS change the run; a failure
 * prints the request, so it can be replayed.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 15);
const REQUESTS_PER_OPERATION = Number(process.env.FUZZ_REQUESTS ?? 120);

/** Slow by design (argon2id password hashing, PDF rendering): fewer requests. */
const REQUESTS_FOR: Record<string, number> = {
  'POST /v1/auth/login': 20,
  'POST /v1/auth/signup': 15,
  'POST /v1/users/invites/accept': 20,
  'GET /results/{id}/export': 30,
};

/** Operations the fuzzer does not send, each with the reason. Every other operation must be fuzzed. */
const SKIPPED: Record<string, string> = {};

/** Operations that may end the run without a single 2xx, each with the reason. Empty: every operation must succeed once. */
const SUCCESS_NOT_REQUIRED: Record<string, string> = {};

/**
 * Hand-ins and logout end what the other operations use (a candidate's
 * attempt, the cookie session): they run after all others, and candidate
 * hand-ins with an attempt of their own.
 */
function endsSomething(operation: { method: string; path: string }): boolean {
  return operation.method === 'POST' && /\/(submit|finish|logout)$/.test(operation.path);
}

type Mutation =
  | 'seed'
  | 'valid'
  | 'field-nasty'
  | 'field-remove'
  | 'field-extra'
  | 'raw-literal'
  | 'invalid-utf8'
  | 'deep-nesting'
  | 'raw-body'
  | 'content-type'
  | 'credential'
  | 'param-nasty'
  | 'query-nasty';

const MUTATIONS: Mutation[] = [
  'valid',
  'valid',
  'field-nasty',
  'field-nasty',
  'field-nasty',
  'field-remove',
  'field-extra',
  'raw-literal',
  'invalid-utf8',
  'deep-nesting',
  'raw-body',
  'content-type',
  'credential',
  'param-nasty',
  'query-nasty',
  'query-nasty',
];

interface Operation {
  key: string;
  method: string;
  path: string;
  spec: OpenApiOperation;
  principals: string[] | null;
  envelope: boolean;
}

interface Draft {
  params: Record<string, string>;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body: Json | undefined;
  raw?: { payload: string | Buffer; contentType?: string };
}

function operationsOf(document: OpenApiDocument, routes: Map<string, RouteOptions>): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const route = routes.get(key);
      const auth = route?.config?.auth as { principals?: string[] } | undefined;
      operations.push({
        key,
        method: method.toUpperCase(),
        path,
        spec,
        principals: auth ? (auth.principals ?? ['apiKey', 'user']) : null,
        envelope: route?.config?.errorFormat === 'envelope',
      });
    }
  }
  return operations;
}

/** The credential an operation's route accepts. */
async function rightCredential(operation: Operation, world: FuzzWorld, random: Random): Promise<Credential> {
  const { credentials } = world;
  const principals = operation.principals;
  if (!principals) return { kind: 'none', headers: {} };
  if (principals.includes('operator')) return credentials.operator;
  if (principals.includes('candidate')) {
    if (operation.path.startsWith('/api/v1/assessment/')) return credentials.verificationCandidate;
    if (endsSomething(operation)) return credentials.submittingCandidate;
    return credentials.candidate;
  }
  if (principals.includes('user') && (!principals.includes('apiKey') || random.chance(0.25))) return credentials.user();
  return credentials.apiKey;
}

async function wrongCredential(world: FuzzWorld, random: Random): Promise<Credential> {
  switch (random.int(0, 5)) {
    case 0:
      return { kind: 'none', headers: {} };
    case 1:
      return { kind: 'none', headers: { authorization: `Bearer ${random.pick(NASTY_STRINGS.filter(isPrintableAscii))}` } };
    case 2:
      return world.credentials.foreignApiKey;
    case 3:
      return world.credentials.candidate;
    case 4:
      return world.credentials.operator;
    default:
      return world.credentials.user();
  }
}

/** The real time, plus a skip forward the test can make. */
function skippingClock() {
  let skipped = 0;
  return { now: () => new Date(Date.now() + skipped), skip: (ms: number) => (skipped += ms) };
}

describe('OpenAPI schema fuzzing', () => {
  const clock = skippingClock();
  let t: TestApp;
  let world: FuzzWorld;
  let document: OpenApiDocument;
  let operations: Operation[];
  let checker: ReturnType<typeof createResponseChecker>;
  const routes = new Map<string, RouteOptions>();
  const failures: string[] = [];
  const statuses = new Map<string, Map<number, number>>();
  let sent = 0;
  /** The audit trail as the world's setup left it: the run may add entries, never change or remove one. */
  let auditBefore: unknown[] = [];

  beforeAll(async () => {
    // Every route's config (its auth principals, its error format), seen as Fastify registers it.
    const channel = diagnostics.channel('fastify.initialization');
    const collect = (message: unknown) => {
      const { fastify } = message as { fastify: FastifyInstance };
      fastify.addHook('onRoute', (route: RouteOptions) => {
        for (const method of ([] as string[]).concat(route.method)) {
          routes.set(`${method} ${route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`, route);
        }
      });
    };
    channel.subscribe(collect);
    try {
      t = await createTestApp({ env: { ASSAY_WEBHOOK_ALLOW_PRIVATE: '1' }, clock });
    } finally {
      channel.unsubscribe(collect);
    }
    document = (await t.request({ method: 'GET', url: '/openapi.json' })).data;
    checker = createResponseChecker(document);
    operations = operationsOf(document, routes);
    world = await createFuzzWorld(t, { skipTime: (ms) => clock.skip(ms) });
    auditBefore = await t.database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    // Past the minute in which an invitation email may not be sent again.
    clock.skip(2 * 60_000);
  }, 120_000);
  afterAll(() => t?.close());

  /** What is wrong with an answer, or null. */
  function problemOf(operation: Operation, response: ResponseLike): string | null {
    if (response.statusCode >= 500) return `${response.statusCode}`;
    const problem = checker.check(operation.spec, response);
    // Answered before the request reached the operation: an unroutable path after a mutated parameter.
    if (problem?.startsWith('status') && /"code":"(route_not_found|method_not_allowed|uri_too_long|invalid_url)"/.test(response.body)) {
      return checker.checkGeneric(response, false);
    }
    return problem;
  }

  function record(operation: Operation, sentRequest: { method: string; url: string; headers: Record<string, string>; payload?: string | Buffer }, mutation: string, response: ResponseLike) {
    sent += 1;
    const counts = statuses.get(operation.key) ?? new Map<number, number>();
    counts.set(response.statusCode, (counts.get(response.statusCode) ?? 0) + 1);
    statuses.set(operation.key, counts);
    const problem = problemOf(operation, response);
    if (problem) {
      const { payload } = sentRequest;
      const body = payload === undefined ? '' : ` body=${(Buffer.isBuffer(payload) ? payload.toString('latin1') : payload).slice(0, 300)}`;
      failures.push(
        `${operation.key} [${mutation}] ${sentRequest.method} ${sentRequest.url.slice(0, 300)}${body} ` +
          `headers=${JSON.stringify(sentRequest.headers)} → ${response.statusCode}: ${problem} ${response.body.slice(0, 300)}`,
      );
    }
  }

  async function send(operation: Operation, draft: Draft, mutation: string) {
    let url = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => draft.params[name] ?? 'missing');
    if (draft.query.length > 0) url += `?${draft.query.map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(value)}`).join('&')}`;
    const headers = { ...draft.headers };
    let payload: string | Buffer | undefined;
    if (draft.raw) {
      payload = draft.raw.payload;
      if (draft.raw.contentType) headers['content-type'] = draft.raw.contentType;
    } else if (draft.body !== undefined) {
      payload = JSON.stringify(draft.body);
      headers['content-type'] = 'application/json';
    }
    const method = operation.method as InjectOptions['method'];
    const response = await t.app.inject({ method, url, headers, remoteAddress: nextIp(), ...(payload === undefined ? {} : { payload }) });
    if (process.env.FUZZ_DEBUG && mutation === 'seed' && response.statusCode >= 300) console.log('SEED', operation.key, response.statusCode, response.body.slice(0, 300));
    record(operation, { method: operation.method, url, headers, payload }, mutation, response);
    if (operation.key === 'POST /v1/auth/logout' && response.statusCode === 200) world.credentials.sessionEnded();
  }

  function bodySchemaOf(operation: Operation): JsonSchema | undefined {
    return operation.spec.requestBody?.content['application/json']?.schema;
  }

  /** A valid request: the seed where there is one, else drawn from the schemas; real ids in the path. */
  async function validDraft(operation: Operation, random: Random, useSeed: boolean): Promise<Draft> {
    const seed = useSeed ? world.seeds[operation.key] : undefined;
    const params = { ...world.pathParams(operation.method, operation.path) };
    const query: Array<[string, string]> = [];
    const headers: Record<string, string> = { ...(await rightCredential(operation, world, random)).headers };
    for (const parameter of operation.spec.parameters ?? []) {
      if (parameter.in === 'path') {
        params[parameter.name] ??= queryString(validValue(parameter.schema, random, document))[0] ?? 'x';
      } else if (parameter.in === 'query' && parameter.name === 'cursor') {
        // A valid cursor is one the API handed out; made-up ones are among the hostile values.
      } else if (parameter.in === 'query' && !seed?.query && (parameter.required || random.chance(0.4))) {
        for (const value of queryString(validValue(parameter.schema, random, document))) query.push([parameter.name, value]);
      } else if (parameter.in === 'header' && !seed?.headers && random.chance(0.3)) {
        headers[parameter.name] = queryString(validValue(parameter.schema, random, document))[0] ?? '';
      }
    }
    for (const [name, value] of Object.entries(seed?.query ?? {})) query.push([name, value]);
    Object.assign(headers, seed?.headers);
    const bodySchema = bodySchemaOf(operation);
    const body = seed?.body !== undefined ? (JSON.parse(JSON.stringify(seed.body)) as Json) : bodySchema ? validValue(bodySchema, random, document) : undefined;
    return { params, query, headers, body };
  }

  async function mutate(operation: Operation, draft: Draft, mutation: Mutation, random: Random): Promise<Draft> {
    const bodySchema = bodySchemaOf(operation);
    const body = draft.body;
    const leafPaths = body === undefined ? [] : pathsOf(body);
    const somePath = () => (leafPaths.length ? random.pick(leafPaths) : []);
    switch (mutation) {
      case 'field-nasty': {
        if (body === undefined) return mutate(operation, draft, 'query-nasty', random);
        const path = somePath();
        return { ...draft, body: setAt(body, path, nastyValue(bodySchema ? schemaAt(bodySchema, path, document) : {}, random)) };
      }
      case 'field-remove': {
        if (body === undefined || leafPaths.length <= 1) return mutate(operation, draft, 'query-nasty', random);
        return { ...draft, body: setAt(body, somePath().length ? somePath() : [], undefined) ?? null };
      }
      case 'field-extra': {
        if (body === null || typeof body !== 'object' || Array.isArray(body)) return mutate(operation, draft, 'query-nasty', random);
        const key = random.pick(['extra', '\u0000', '__proto__', 'constructor', 'x'.repeat(300), 'ключ']);
        return { ...draft, body: { ...body, [key]: random.pick(NASTY_STRINGS) } };
      }
      case 'raw-literal':
        return { ...draft, raw: { payload: withLiteral(body, somePath(), random.pick([...NASTY_NUMBER_LITERALS, ...NASTY_DATES.map((date) => JSON.stringify(date))])), contentType: 'application/json' } };
      case 'invalid-utf8': {
        const bad = random.pick(INVALID_UTF8_SEQUENCES);
        return { ...draft, raw: { payload: withLiteral(body, somePath(), Buffer.concat([Buffer.from('"ab'), bad, Buffer.from('cd"')])), contentType: 'application/json' } };
      }
      case 'deep-nesting':
        return { ...draft, raw: { payload: withLiteral(body, somePath(), deeplyNested(random.pick([40, 1_000, 20_000]), random.chance(0.5) ? 'array' : 'object')), contentType: 'application/json' } };
      case 'raw-body':
        return { ...draft, raw: { payload: random.pick(RAW_BODIES), contentType: 'application/json' } };
      case 'content-type':
        return { ...draft, raw: { payload: JSON.stringify(body ?? {}), contentType: random.pick(CONTENT_TYPES) } };
      case 'credential':
        return { ...draft, headers: (await wrongCredential(world, random)).headers };
      case 'param-nasty': {
        const names = Object.keys(draft.params);
        if (names.length === 0) return mutate(operation, draft, 'query-nasty', random);
        const name = random.pick(names);
        const value = random.pick([
          '%00',
          'a%00b',
          '%zz',
          '%ff%fe',
          '%ED%A0%80',
          'x'.repeat(101),
          'x'.repeat(64),
          '..',
          encodeComponent(random.pick(NASTY_STRINGS).slice(0, 90)),
          world.ids.foreignAssessment ?? 'asmt_foreign',
          String(2 ** 63),
          '-1',
        ]);
        return { ...draft, params: { ...draft.params, [name]: value } };
      }
      case 'query-nasty': {
        const parameters = (operation.spec.parameters ?? []).filter((parameter) => parameter.in === 'query');
        const parameter = parameters.length ? random.pick(parameters) : { name: random.pick(['limit', 'offset', 'cursor', 'q']), schema: {} };
        const value =
          parameter.name === 'cursor' && random.chance(0.6)
            ? random.pick(CRAFTED_CURSORS)
            : random.chance(0.3)
              ? random.pick(NASTY_NUMBER_LITERALS)
              : nastyValue(parameter.schema, random);
        const query = draft.query.filter(([name]) => name !== parameter.name || random.chance(0.3));
        for (const text of queryString(value)) query.push([parameter.name, text]);
        return { ...draft, query };
      }
      default:
        return draft;
    }
  }

  it('sends valid and hostile requests to every operation: no 5xx, every answer as documented', async () => {
    const order = [...operations].sort((a, b) => Number(endsSomething(a)) - Number(endsSomething(b)));
    for (const operation of order) {
      if (SKIPPED[operation.key]) continue;
      const random = createRandom(SEED ^ hashString(operation.key));
      const count = REQUESTS_FOR[operation.key] ?? REQUESTS_PER_OPERATION;
      for (let index = 0; index < count; index++) {
        const mutation: Mutation = index === 0 ? 'seed' : random.pick(MUTATIONS);
        const valid = await validDraft(operation, random, mutation !== 'valid' || random.chance(0.5));
        await send(operation, mutation === 'seed' || mutation === 'valid' ? valid : await mutate(operation, valid, mutation, random), mutation);
      }
    }
    console.log(`fuzz seed ${SEED}: ${sent} requests to ${statuses.size} operations, ${failures.length} failures`);
    if (failures.length > 0) console.error(failures.join('\n'));
    expect(failures.slice(0, 40)).toEqual([]);
  }, 240_000);

  it('fuzzed every operation of /openapi.json, and reached a 2xx on each', () => {
    const keys = operations.map((operation) => operation.key);
    expect(keys.length).toBeGreaterThan(50);
    for (const listed of [...Object.keys(SKIPPED), ...Object.keys(SUCCESS_NOT_REQUIRED), ...Object.keys(REQUESTS_FOR)]) {
      expect(keys, `${listed} is listed in the fuzz test but is not an operation`).toContain(listed);
    }
    const unfuzzed = keys.filter((key) => !SKIPPED[key] && !statuses.has(key));
    expect(unfuzzed).toEqual([]);
    const neverSucceeded = keys.filter((key) => !SKIPPED[key] && !SUCCESS_NOT_REQUIRED[key] && ![...(statuses.get(key)?.keys() ?? [])].some((status) => status < 300));
    expect(neverSucceeded.map((key) => `${key}: ${JSON.stringify([...(statuses.get(key) ?? [])])}`)).toEqual([]);
  });

  it('changed and removed no audit entry (the trail is append-only), and added some', async () => {
    const ids = (auditBefore as Array<{ id: string }>).map((row) => row.id);
    expect(ids.length).toBeGreaterThan(20);
    const now = await t.database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    const byId = new Map(now.map((row) => [row.id, row]));
    expect(ids.map((id) => byId.get(id))).toEqual(auditBefore);
    expect(now.length).toBeGreaterThan(ids.length);
  });

  it('answers a method a path does not serve with 405 and Allow, in the error format of that path', async () => {
    const problems: string[] = [];
    // A concrete URL can match more than one documented path (`/v1/users/x1` is only `/v1/users/{id}`, but
    // `/v1/users/invites` also looks like one): a literal path owns its URL, every other method there is 405;
    // a URL with parameters is served by every path it matches.
    const patternOf = (path: string) => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const path of Object.keys(document.paths)) {
      const operation = operations.find((candidate) => candidate.path === path)!;
      const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => world.pathParams('', path)[name] ?? 'x1');
      const literal = !path.includes('{');
      const servedAtUrl = literal ? [[path, document.paths[path]!] as const] : Object.entries(document.paths).filter(([other]) => patternOf(other).test(url));
      const served = [...new Set(servedAtUrl.flatMap(([, methods]) => Object.keys(methods).map((method) => method.toUpperCase())))];
      const unserved = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => !served.includes(method));
      for (const method of unserved) {
        const response = await t.app.inject({ method: method as 'GET', url });
        const allow = String(response.headers.allow ?? '').split(', ');
        const expected = served.includes('GET') ? [...served, 'HEAD'] : served;
        if (response.statusCode !== 405) problems.push(`${method} ${url} → ${response.statusCode}`);
        else if ([...expected].sort().join() !== [...allow].sort().join()) problems.push(`${method} ${url}: Allow ${allow.join(', ')} instead of ${expected.join(', ')}`);
        const format = checker.checkGeneric(response, operation.envelope);
        if (format) problems.push(`${method} ${url}: ${format}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers unknown routes and bodies over the limit in our error format', async () => {
    const random = createRandom(SEED);
    const failuresBefore = failures.length;
    for (const url of ['/v1/nothing', '/v1/assessments/x/y/z', '/api/v1/assessment/nothing', `/v1/${encodeURIComponent(random.pick(NASTY_STRINGS))}`]) {
      const response = await t.app.inject({ method: 'POST', url, payload: {} });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('route_not_found');
      expect(checker.checkGeneric(response, false)).toBeNull();
    }
    const huge = JSON.stringify({ title: 'x'.repeat(6 * 1024 * 1024) });
    for (const operation of operations.filter((candidate) => ['POST', 'PUT', 'PATCH'].includes(candidate.method)).slice(0, 4)) {
      const draft = await validDraft(operation, random, true);
      await send(operation, { ...draft, raw: { payload: huge, contentType: 'application/json' } }, 'too-large');
      const counts = statuses.get(operation.key)!;
      expect(counts.get(413), operation.key).toBeGreaterThan(0);
    }
    expect(failures.slice(failuresBefore)).toEqual([]);
  });
});
