import type { paths } from '@assay/api-types';
import createClient from 'openapi-fetch';
import { CliError, EXIT } from './cli-errors.js';

/** An error answer from the Assay server: `{ error: { code, message, details? } }`. */
export class ApiError extends CliError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    details?: unknown,
  ) {
    super(message, status === 401 ? EXIT.auth : EXIT.failure, code, details);
    this.name = 'ApiError';
  }
}

/** The server could not be reached, or did not answer in time. */
export class UnreachableError extends CliError {
  constructor(server: string, reason: string) {
    super(`Cannot reach the Assay server at ${server} (${reason})`, EXIT.unreachable, 'unreachable');
    this.name = 'UnreachableError';
  }
}

export interface ApiClientOptions {
  server: string;
  token?: string;
  /** Per request; a hung server must not hang the candidate's terminal. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Validates and normalises a server URL given on the command line. */
export function normalizeServerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`--server must be a URL like https://assay.example.com, got "${raw}"`, EXIT.usage, 'usage');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(`--server must start with http:// or https://, got "${raw}"`, EXIT.usage, 'usage');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') return 'timed out';
  return cause?.message ?? (error as Error).message ?? String(error);
}

async function errorFrom(response: Response, token: string | undefined): Promise<ApiError> {
  const data = (await response.json().catch(() => undefined)) as
    | { error?: { code?: unknown; message?: unknown; details?: unknown } }
    | undefined;
  const error = data?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
  const message = typeof error?.message === 'string' ? error.message : `The server answered ${response.status} ${response.statusText}`.trim();
  const hint = response.status === 401 && token ? ' (your login expired or was revoked: run `assay login <key>` again)' : '';
  return new ApiError(response.status, code, `${message}${hint}`, error?.details);
}

/**
 * The Assay API as the generated types describe it (openapi-fetch): a refused
 * request throws ApiError, an unreachable or hung server UnreachableError, so
 * a command reads the answer's data or stops with one clear line.
 */
export function createApiClient(options: ApiClientOptions) {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const server = options.server.replace(/\/+$/, '');
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'assay-cli' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const client = createClient<paths>({
    baseUrl: server,
    headers,
    fetch: async (request: Request) => {
      // A timer of our own, not AbortSignal.timeout(): a Request only follows that signal
      // through a weak reference, so it can be collected before it fires and a hung
      // server would hang the terminal.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new DOMException('The server did not answer in time', 'TimeoutError')), timeoutMs);
      try {
        return await fetchImpl(new Request(request, { signal: controller.signal }));
      } catch (error) {
        throw new UnreachableError(server, reasonOf(error));
      } finally {
        clearTimeout(timer);
      }
    },
  });
  client.use({
    async onResponse({ response }) {
      if (!response.ok) throw await errorFrom(response, options.token);
      return undefined;
    },
  });

  return { server, api: client };
}

/** The JSON a successful GET/POST/PUT of `path` answers, from the generated API types. */
export type Answer<P extends keyof paths, M extends 'get' | 'post' | 'put'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** The data of a successful answer; a refused request has thrown ApiError already. */
export async function dataOf<T>(pending: Promise<{ data?: T }>): Promise<T> {
  const { data } = await pending;
  return data as T;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** True when retrying later may succeed: offline, timeouts, rate limits, server errors. */
export function isTransient(error: unknown): boolean {
  if (error instanceof UnreachableError) return true;
  if (error instanceof ApiError) return error.status === 429 || error.status === 408 || error.status >= 500;
  return false;
}
