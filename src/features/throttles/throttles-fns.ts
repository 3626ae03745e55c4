import { sha256 } from '../../ids.js';

/**
 * What a limit does with a subject that goes over it, as @fastify/rate-limit
 * names it: the window keeps its end (the default), every further hit starts
 * the window again (`continueExceeding`), or every further hit doubles it
 * (`exponentialBackoff`).
 */
export type OverLimit = 'keep-window' | 'restart-window' | 'backoff';

export interface ThrottleRule {
  windowMs: number;
  max: number;
  overLimit: OverLimit;
}

/**
 * Backoff doubles the window for every hit over the limit, up to this (or up
 * to the window itself, when that is longer): a subject that keeps knocking
 * waits longer, but never more than a quarter of an hour after its last try.
 */
export const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * How long from now the subject stays limited after its `hits`-th hit of the
 * window, or null when the window keeps the end it has.
 */
export function windowAfterHit(rule: ThrottleRule, hits: number): number | null {
  if (hits <= rule.max || rule.overLimit === 'keep-window') return null;
  if (rule.overLimit === 'restart-window') return rule.windowMs;
  // 2^40 windows is far beyond any cap: the exponent is bounded so the number stays finite.
  const doublings = Math.min(hits - rule.max - 1, 40);
  return Math.min(rule.windowMs * 2 ** doublings, Math.max(rule.windowMs, MAX_BACKOFF_MS));
}

/** The stored key of a limit's subject (`login:account:ada@example.com`): a hash, so no email or address is kept in clear. */
export function throttleKey(name: string): string {
  return sha256(name);
}

/** Milliseconds until `resetsAt`, never negative. */
export function msUntil(resetsAt: string, now: Date): number {
  return Math.max(0, Date.parse(resetsAt) - now.getTime());
}
