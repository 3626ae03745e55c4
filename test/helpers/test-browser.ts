import type { InjectOptions } from 'fastify';
import { accountMailbox, acceptInviteThroughEmail, signUpThroughEmail, type SignupFields } from './account-mail.js';
import type { TestApp } from './test-app.js';

let browserCounter = 0;

export type TestBrowser = ReturnType<typeof testBrowser>;

/**
 * A browser on a test app: keeps the cookies it is given and sends them back,
 * sends the CSRF token it was last given on unsafe requests, and comes from an
 * address of its own (the per-address limits of one test do not spill into
 * another).
 */
export function testBrowser(t: TestApp) {
  const cookies: Record<string, string> = {};
  browserCounter += 1;
  const remoteAddress = `10.0.${Math.floor(browserCounter / 250)}.${browserCounter % 250}`;
  let csrfToken: string | undefined;
  async function request(options: InjectOptions & { csrf?: boolean }) {
    const { csrf = true, ...rest } = options;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string>) };
    if (csrf && csrfToken && rest.method !== 'GET') headers['x-csrf-token'] = csrfToken;
    const response = await t.request({ ...rest, headers, cookies: { ...cookies }, remoteAddress });
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date }[]) {
      // A cleared cookie (empty, expiring in 1970); other expiries are the server's to judge, on the app's clock.
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() <= 1000)) delete cookies[cookie.name];
      else cookies[cookie.name] = cookie.value;
    }
    if (typeof response.data?.csrfToken === 'string') csrfToken = response.data.csrfToken;
    return response;
  }
  const post = (url: string, payload: object) => request({ method: 'POST', url, payload });
  const mailbox = accountMailbox(t.deps);
  return {
    cookies,
    remoteAddress,
    request,
    get csrfToken() {
      return csrfToken;
    },
    /** Signs up through the emailed link and is signed in; returns the completion's answer (201). */
    signUp(fields: SignupFields) {
      return signUpThroughEmail(post, mailbox, fields);
    },
    /** Opens the invite emailed to `email`, chooses a name and password, and is signed in (201). */
    acceptInvite(email: string, fields: { name: string; password: string }) {
      return acceptInviteThroughEmail(post, mailbox, email, fields);
    },
    login(email: string, password: string) {
      return post('/v1/auth/login', { email, password });
    },
  };
}
