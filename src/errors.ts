import { MAX_FIELD_ISSUES, summarizeIssues, type FieldIssue } from './validation-messages.js';

/**
 * Errors carry their HTTP status and a stable machine code. Services throw
 * these; the single error handler in app.ts turns them into JSON.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Extra top-level body fields a reference document prescribes (e.g. `used`, `quota`). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: unknown, code = 'validation_failed') {
    super(400, code, message, details);
  }
}

/**
 * 400 listing every problem found, each with its field and a sentence about it
 * ("Title is required"), as schema validation reports them; the message sums them up.
 */
export function invalidFields(issues: readonly FieldIssue[], code?: string): ValidationError {
  return new ValidationError(summarizeIssues(issues), issues.slice(0, MAX_FIELD_ISSUES), code);
}

/** 400 about one field; `message` is a sentence about it ("Options must be distinct"). */
export function fieldError(field: string, message: string, code?: string): ValidationError {
  return invalidFields([{ field, message }], code);
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Missing or invalid credentials') {
    super(401, 'unauthorized', message);
  }
}

export class InsufficientScopeError extends AppError {
  constructor(scope: string) {
    super(403, 'insufficient_scope', `This credential lacks the "${scope}" scope`, { scope });
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, code = 'forbidden') {
    super(403, code, message);
  }
}

export class NotFoundError extends AppError {
  constructor(resource: string) {
    super(404, 'not_found', `${resource} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, code = 'conflict', details?: unknown) {
    super(409, code, message, details);
  }
}

export class GoneError extends AppError {
  constructor(message: string, code = 'gone') {
    super(410, code, message);
  }
}

/** 410 for any call with the token of an invitation the hiring team revoked. */
export class InvitationRevokedError extends GoneError {
  constructor() {
    super('This invitation was withdrawn by the hiring team', 'invitation_revoked');
  }
}

export class PaymentRequiredError extends AppError {
  constructor(message: string) {
    super(402, 'subscription_inactive', message);
  }
}

export class QuotaExceededError extends AppError {
  constructor(used: number, quota: number) {
    super(403, 'quota_exceeded', `Your plan's monthly assessment quota (${quota}) has been reached`, undefined, {
      used,
      quota,
    });
  }
}

/** 429, always with the seconds to wait: the error handler sends them as Retry-After. */
export class TooManyRequestsError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super(429, 'rate_limited', message);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
