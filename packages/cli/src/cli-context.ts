import type { Command } from 'commander';
import { createConfigStore, type ConfigStore, type LoginState } from './cli-config-store.js';
import { CliError, EXIT } from './cli-errors.js';
import { createEventBuffer, type BatchOutcome, type BufferedEvent, type EventBuffer, type FlushResult } from './cli-event-buffer.js';
import { ApiError, createApiClient, dataOf, isTransient, type ApiClient } from './cli-http.js';
import { createOutput, type Output } from './cli-output.js';
import { DEFAULT_VERIFY_PATTERNS } from './cli-verify-fns.js';

/** What every command works with: its output, the config dir, the event buffer. */
export interface CliContext {
  output: Output;
  store: ConfigStore;
  buffer: EventBuffer;
  /** An API client authenticated as the logged-in candidate. */
  client(login: LoginState): ApiClient;
}

export function contextOf(command: Command): CliContext {
  const globals = command.optsWithGlobals<{ json?: boolean }>();
  const store = createConfigStore();
  return {
    output: createOutput({ json: globals.json }),
    store,
    buffer: createEventBuffer(store.dir),
    client: (login) => createApiClient({ server: login.server, token: login.token, timeoutMs: clientTimeout() }),
  };
}

function clientTimeout(): number {
  const raw = Number(process.env.ASSAY_HTTP_TIMEOUT_MS);
  return Number.isInteger(raw) && raw > 0 ? raw : 30_000;
}

/** POST /v1/candidate/events, and what its answer means for the buffer. */
export async function sendEvents(client: ApiClient, events: BufferedEvent[]): Promise<BatchOutcome> {
  try {
    const body = {
      events: events.map((event) => ({ id: event.clientEventId, type: event.type, occurredAt: event.occurredAt, payload: event.payload })),
    };
    const answer = await dataOf(client.api.POST('/v1/candidate/events', { body }));
    return { kind: 'accepted', duplicates: answer?.duplicates ?? 0 };
  } catch (error) {
    if (isTransient(error)) return { kind: 'retry', reason: (error as Error).message };
    // A closed or submitted session, or events the server can never accept:
    // retrying would fail forever and block every later event.
    if (error instanceof ApiError && (error.status === 400 || error.status === 409 || error.status === 410 || error.status === 422)) {
      return { kind: 'rejected', reason: `${error.code}: ${error.message}` };
    }
    // 401 and the rest: keep them; a new login with the same key can send them.
    return { kind: 'retry', reason: (error as Error).message };
  }
}

/**
 * Uploads buffered events. Every command calls this first, so events recorded
 * while offline go out with the next command that can reach the server.
 */
export async function flushPending(context: CliContext, login: LoginState, options: { quiet?: boolean } = {}): Promise<FlushResult> {
  const pendingBefore = context.buffer.pending().length;
  if (pendingBefore === 0) return { sent: 0, duplicates: 0, pending: 0, rejected: 0, retryReason: null, rejectReason: null };
  const result = await context.buffer.flush((events) => sendEvents(context.client(login), events));
  if (result.sent > 0 && !options.quiet) context.output.progress(`Uploaded ${result.sent} recorded event(s).`);
  if (result.rejected > 0) {
    context.output.warn(
      `the server refused ${result.rejected} event(s) (${result.rejectReason}); they are kept in ${context.store.file('events.rejected.jsonl')}`,
    );
  }
  if (result.pending > 0 && !options.quiet) {
    context.output.warn(`${result.pending} event(s) are kept on disk and will be uploaded later (${result.retryReason})`);
  }
  return result;
}

/** Flushes and fails unless everything was uploaded (before submit and logout). */
export async function flushAll(context: CliContext, login: LoginState): Promise<void> {
  const result = await flushPending(context, login, { quiet: true });
  if (result.pending > 0) {
    throw new CliError(
      `${result.pending} recorded event(s) could not be uploaded (${result.retryReason}); nothing was changed. Try again when the server is reachable.`,
      EXIT.unreachable,
      'events_pending',
    );
  }
  if (result.sent > 0) context.output.progress(`Uploaded ${result.sent} recorded event(s).`);
}

/** Verify patterns: the candidate's own list (`assay verify add`) or the defaults. */
export function verifyPatterns(store: ConfigStore): readonly string[] {
  return store.readSettings().verifyPatterns ?? DEFAULT_VERIFY_PATTERNS;
}
