/**
 * HTTP clients for the Assay API. The reviewer dashboard authenticates with the
 * `assay_session` cookie and must send the CSRF token on unsafe methods; the
 * candidate page authenticates with the candidate token as a Bearer header.
 */

export interface FieldIssue {
  field: string;
  message: string;
}

/** An error answered by the API: `{ error: { code, message, details? }, requestId }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Validation issues by field name, when the API named them. */
  get fieldIssues(): FieldIssue[] {
    return Array.isArray(this.details)
      ? (this.details as unknown[]).filter(
          (d): d is FieldIssue => typeof d === 'object' && d !== null && 'field' in d && 'message' in d,
        )
      : [];
  }

  /** True when the request never reached the server (offline, connection refused). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  method?: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  keepalive?: boolean;
}

export function withQuery(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

async function parseError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const envelope = (body ?? {}) as { error?: { code?: string; message?: string; details?: unknown } | string; message?: string };
  if (envelope.error && typeof envelope.error === 'object') {
    return new ApiError(
      response.status,
      envelope.error.code ?? 'error',
      envelope.error.message ?? envelope.message ?? response.statusText,
      envelope.error.details,
      body,
    );
  }
  return new ApiError(response.status, 'http_' + response.status, envelope.message ?? `Request failed (${response.status})`, undefined, body);
}

async function send<T>(path: string, options: RequestOptions, extraHeaders: Record<string, string>): Promise<T> {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders, ...options.headers };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
      keepalive: options.keepalive,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection.');
  }
  if (!response.ok) throw await parseError(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) return (await response.json()) as T;
  return (await response.text()) as unknown as T;
}

// ---------------------------------------------------------------- reviewer

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function fetchCsrfToken(): Promise<string | null> {
  const data = await send<{ csrfToken?: string; token?: string }>('/v1/auth/csrf', {}, {});
  csrfToken = data.csrfToken ?? data.token ?? null;
  return csrfToken;
}

/** A request as the signed-in reviewer (cookie session, CSRF token on unsafe methods). */
export async function staffRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = (options.method ?? 'GET').toUpperCase();
  const unsafe = UNSAFE.has(method);
  if (unsafe && !csrfToken) await fetchCsrfToken().catch(() => null);
  try {
    return await send<T>(path, options, unsafe && csrfToken ? { 'x-csrf-token': csrfToken } : {});
  } catch (error) {
    // The token rotates with the session: fetch a fresh one and retry once.
    if (unsafe && error instanceof ApiError && error.status === 403 && error.code.startsWith('csrf')) {
      await fetchCsrfToken();
      return send<T>(path, options, csrfToken ? { 'x-csrf-token': csrfToken } : {});
    }
    throw error;
  }
}

export const staff = {
  get: <T>(path: string, query?: RequestOptions['query']) => staffRequest<T>(path, { query }),
  post: <T>(path: string, body?: unknown) => staffRequest<T>(path, { method: 'POST', body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => staffRequest<T>(path, { method: 'PUT', body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => staffRequest<T>(path, { method: 'PATCH', body: body ?? {} }),
  delete: <T>(path: string) => staffRequest<T>(path, { method: 'DELETE' }),
};

// ---------------------------------------------------------------- candidate

/** A request as a candidate holding the token from POST /v1/candidate/sessions. */
export function candidateRequest<T>(token: string | null, path: string, options: RequestOptions = {}): Promise<T> {
  return send<T>(path, options, token ? { authorization: `Bearer ${token}` } : {});
}

/** A human sentence for any error thrown by these clients. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
