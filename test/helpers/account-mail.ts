import type { InjectOptions } from 'fastify';
import type { AppDeps } from '../../src/app-deps.js';
import type { Mailer, OutgoingEmail } from '../../src/features/emails/emails-transport.js';
import type { JobLogger } from '../../src/features/jobs/jobs-runner.js';
import { SIGNUP_EMAIL_JOB } from '../../src/features/signups/signups-fns.js';
import { TEAM_INVITE_EMAIL_JOB } from '../../src/features/team-invites/team-invites-fns.js';
import { createWorker } from '../../src/worker.js';
import type { TestApp } from './test-app.js';

/**
 * The emails people get about their own account — a signup's link, a team
 * invite — as they receive them: the real worker's jobs render and send them
 * (to a mailer that keeps them), and tests follow the link in the email, as a
 * person would. Other queued jobs (candidate emails, webhooks) are left alone.
 */

export type AccountLinkKind = 'signup' | 'invite';

const LINK_PATHS: Record<AccountLinkKind, string> = { signup: '/signup/complete', invite: '/invite' };

export interface AccountMailbox {
  /** Every account email sent so far, oldest first. */
  received: OutgoingEmail[];
  /** Sends the queued signup and team-invite emails; returns the ones sent now. */
  deliver(): Promise<OutgoingEmail[]>;
  /** Delivers what is queued, then the newest email to this address (throws when there is none). */
  latestTo(address: string): Promise<OutgoingEmail>;
  /** The link of that kind in the newest email to this address. */
  linkFor(address: string, kind: AccountLinkKind): Promise<string>;
  /** The token of that link (what the link's page posts to the API). */
  tokenFor(address: string, kind: AccountLinkKind): Promise<string>;
}

const silent: JobLogger = { info() {}, warn() {}, error() {}, debug() {} };

/** The link of this kind in an email's text, or null. */
export function linkIn(email: Pick<OutgoingEmail, 'text'>, kind: AccountLinkKind): string | null {
  const path = LINK_PATHS[kind].replace(/\//g, '\\/');
  return new RegExp(`https?://[^\\s]+${path}#token=[A-Za-z0-9%_-]+`).exec(email.text)?.[0] ?? null;
}

/** The token a link carries in its fragment. */
export function tokenOfLink(link: string): string {
  return decodeURIComponent(new URL(link).hash.replace(/^#token=/, ''));
}

const mailboxes = new WeakMap<AppDeps, AccountMailbox>();

/** The account mailbox of one app (one per app: every test of a file reads the same inbox). */
export function accountMailbox(deps: AppDeps): AccountMailbox {
  const known = mailboxes.get(deps);
  if (known) return known;
  const received: OutgoingEmail[] = [];
  const mailer: Mailer = {
    send(email) {
      received.push(email);
      return Promise.resolve({ messageId: `<${email.id}@assay.test>`, location: 'test inbox' });
    },
    close() {},
  };
  const worker = createWorker(deps, { log: silent, mailer });
  const mailbox: AccountMailbox = {
    received,
    async deliver() {
      const before = received.length;
      await worker.runner.runDueJobs({ types: [SIGNUP_EMAIL_JOB, TEAM_INVITE_EMAIL_JOB] });
      return received.slice(before);
    },
    async latestTo(address) {
      await mailbox.deliver();
      const email = received.filter((mail) => mail.to === address.toLowerCase()).at(-1);
      if (!email) throw new Error(`no account email to ${address} (received: ${received.map((mail) => mail.to).join(', ') || 'none'})`);
      return email;
    },
    async linkFor(address, kind) {
      const email = await mailbox.latestTo(address);
      const link = linkIn(email, kind);
      if (!link) throw new Error(`the newest email to ${address} ("${email.subject}") has no ${kind} link:\n${email.text}`);
      return link;
    },
    async tokenFor(address, kind) {
      return tokenOfLink(await mailbox.linkFor(address, kind));
    },
  };
  mailboxes.set(deps, mailbox);
  return mailbox;
}

export interface SignupFields {
  email: string;
  password: string;
  name: string;
  orgName: string;
}

function statusOf(response: unknown): number {
  const value = response as { status?: number | (() => number); statusCode?: number };
  if (typeof value.status === 'function') return value.status();
  return value.statusCode ?? value.status ?? 0;
}

/**
 * Signs up as a person does: asks for the organization (202), opens the
 * emailed link, and completes it. `post` sends JSON with whatever client the
 * test uses (inject, fetch, a browser context), keeping its cookies; the
 * answer of the completion (201, signed in) is returned.
 */
export async function signUpThroughEmail<R>(post: (url: string, body: object) => Promise<R>, mailbox: AccountMailbox, fields: SignupFields): Promise<R> {
  const started = await post('/v1/auth/signup', fields);
  if (statusOf(started) !== 202) throw new Error(`signup answered ${statusOf(started)}: ${JSON.stringify((started as { data?: unknown }).data ?? started)}`);
  const token = await mailbox.tokenFor(fields.email, 'signup');
  const completed = await post('/v1/auth/signup/complete', { token });
  if (statusOf(completed) !== 201) throw new Error(`completing the signup answered ${statusOf(completed)}`);
  return completed;
}

/** Accepts the invite emailed to `email` as its owner does: opens the link, chooses a name and password. Returns the 201 answer. */
export async function acceptInviteThroughEmail<R>(
  post: (url: string, body: object) => Promise<R>,
  mailbox: AccountMailbox,
  email: string,
  fields: { name: string; password: string },
): Promise<R> {
  const token = await mailbox.tokenFor(email, 'invite');
  const accepted = await post('/v1/users/invites/accept', { token, ...fields });
  if (statusOf(accepted) !== 201) throw new Error(`accepting the invite answered ${statusOf(accepted)}`);
  return accepted;
}

/** signUpThroughEmail on a test app, through app.inject (with `inject` options: a client address, cookies). */
export function signUpOnTestApp(t: TestApp, fields: SignupFields, inject: Omit<InjectOptions, 'method' | 'url' | 'payload'> = {}) {
  return signUpThroughEmail((url, payload) => t.request({ ...inject, method: 'POST', url, payload }), accountMailbox(t.deps), fields);
}

/** A `post` for the helpers above over real HTTP (fetch), without cookies: for a test that only needs the account made. */
export function postJsonTo(baseUrl: string) {
  return async (url: string, body: object) => {
    const response = await fetch(`${baseUrl}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, data: await response.json() };
  };
}

/**
 * Adds a teammate to a test app's organization the way a team does: an invite
 * by email (with `headers`, an owner's or an org API key's), then the invitee
 * follows the emailed link and chooses a password. Answers the invite and the
 * signed-in answer of the acceptance (`user`, `org`, `csrfToken`, cookies).
 */
export async function addTeammateOnTestApp(
  t: TestApp,
  headers: Record<string, string>,
  fields: { email: string; name: string; password: string; role: string },
): Promise<{ invite: { id: string }; accepted: Awaited<ReturnType<TestApp['request']>> }> {
  const invited = await t.request({ method: 'POST', url: '/v1/users/invites', headers, payload: { email: fields.email, role: fields.role } });
  if (invited.statusCode !== 202) throw new Error(`inviting ${fields.email} answered ${invited.statusCode}: ${invited.body}`);
  const accepted = await acceptInviteThroughEmail((url, payload) => t.request({ method: 'POST', url, payload }), accountMailbox(t.deps), fields.email, {
    name: fields.name,
    password: fields.password,
  });
  return { invite: invited.data.invite as { id: string }, accepted };
}
