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

export function createApiClient(options: ApiClientOptions) {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const server = options.server.replace(/\/+$/, '');

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'assay-cli' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(`${server}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new UnreachableError(server, reasonOf(error));
    }
    const text = await response.text().catch(() => '');
    let data: any = undefined;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = undefined;
      }
    }
    if (!response.ok) {
      const error = data?.error;
      const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
      const message =
        typeof error?.message === 'string' ? error.message : `The server answered ${response.status} ${response.statusText}`.trim();
      const hint = response.status === 401 && options.token ? ' (your login expired or was revoked: run `assay login <key>` again)' : '';
      throw new ApiError(response.status, code, `${message}${hint}`, error?.details);
    }
    return data as T;
  }

  return {
    server,
    get: <T>(path: string) => request<T>('GET', path),
    post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
    put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** True when retrying later may succeed: offline, timeouts, rate limits, server errors. */
export function isTransient(error: unknown): boolean {
  if (error instanceof UnreachableError) return true;
  if (error instanceof ApiError) return error.status === 429 || error.status === 408 || error.status >= 500;
  return false;
}
