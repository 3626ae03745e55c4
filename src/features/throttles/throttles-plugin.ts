import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import rateLimit, { type CreateRateLimitOptions, type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../../db/database.js';
import { TooManyRequestsError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import type { OverLimit } from './throttles-fns.js';
import { createThrottlesService, type ThrottlesService } from './throttles-service.js';

/**
 * Rate limits with @fastify/rate-limit, counted in the database (the
 * `throttles` table) instead of each process's memory: every instance sees
 * the same counts, and a restart forgets none. The library keeps doing the
 * rest: key generators, allow lists, the X-RateLimit-* and Retry-After
 * headers, and the 429 (in our error format, through the error handler).
 */

/** The options @fastify/rate-limit hands a store: the plugin's, merged with a route's or a limiter's. */
interface StoreOptions {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  routeInfo?: { method?: string | string[]; url?: string };
}

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** @fastify/rate-limit's store contract over the throttles service. */
function databaseStore(throttles: ThrottlesService): FastifyRateLimitStoreCtor {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly overLimit: OverLimit;
    private readonly prefix: string;

    constructor(options: StoreOptions = {}) {
      // The library's own stores give continueExceeding precedence over exponentialBackoff.
      this.overLimit = options.continueExceeding ? 'restart-window' : options.exponentialBackoff ? 'backoff' : 'keep-window';
      // A route's limit counts apart from other routes' (as the library's Redis store does): the same
      // client address under two routes is two subjects. A limiter of createRateLimit has no route.
      const { method, url } = options.routeInfo ?? {};
      this.prefix = url ? `${([] as string[]).concat(method ?? []).join(',')} ${url} ` : '';
    }

    incr(key: string, callback: IncrCallback, timeWindow = 60_000, max = 1000): void {
      throttles.hit(`${this.prefix}${key}`, { windowMs: timeWindow, max, overLimit: this.overLimit }).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}

/** Registers @fastify/rate-limit with the database store; routes opt in with `config.rateLimit`. */
export async function registerThrottles(app: FastifyInstance, deps: { db: Db; clock: Clock }): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    store: databaseStore(createThrottlesService(deps)),
    errorResponseBuilder: (_request, context) =>
      new TooManyRequestsError(`Too many requests; retry in ${context.after}`, Math.ceil(context.ttl / 1000)),
  });
}

/** A further limit of a route, beyond the one its `config.rateLimit` declares. */
export interface RouteLimit {
  /** Names the limit in its stored key: `login:account`. */
  name: string;
  max: number;
  timeWindowMs: number;
  /** Each hit over the limit doubles the wait (up to MAX_BACKOFF_MS), instead of waiting for the window's end. */
  backoff?: boolean;
  /** What is counted (an account, an invitation), or null when the limit does not apply to this request. */
  subject(request: FastifyRequest): string | null | Promise<string | null>;
  /** The start of the 429's message: `Too many attempts for this account`. */
  message: string;
}

/** Not a subject: a key no limit's name can produce. */
const NOT_LIMITED = '';

/**
 * A limit to check in a route's preHandler (after validation, so it can count
 * what the body names). @fastify/rate-limit runs one route limit per request,
 * so further limits go through its createRateLimit; a hit over the limit
 * answers 429 with Retry-After and the X-RateLimit-* headers of this limit.
 */
export function createRouteLimit(app: FastifyInstance, limit: RouteLimit): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const options: CreateRateLimitOptions & { exponentialBackoff?: boolean } = {
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    keyGenerator: async (request) => {
      const subject = await limit.subject(request);
      return subject === null ? NOT_LIMITED : `${limit.name}:${subject}`;
    },
    allowList: (_request, key) => key === NOT_LIMITED,
    // Read by the store (the library merges a limiter's options into what its store's child() gets).
    ...(limit.backoff ? { exponentialBackoff: true } : {}),
  };
  const check = app.createRateLimit(options);
  return async (request, reply) => {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('x-ratelimit-limit', result.max).header('x-ratelimit-remaining', 0).header('x-ratelimit-reset', result.ttlInSeconds);
    throw new TooManyRequestsError(`${limit.message}; retry in ${result.ttlInSeconds} seconds`, result.ttlInSeconds);
  };
}

/** The worker's sweep of ended windows. */
export function sweepThrottles(deps: { db: Db; clock: Clock }): Promise<number> {
  return createThrottlesService(deps).sweep();
}
