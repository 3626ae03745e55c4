/**
 * What the test page asks before the start when the key was issued without a
 * name (invitation.detailsNeeded), checked as the candidate types. Free of
 * the DOM and of imports, so that its rules are tested on their own.
 */

/** What may be asked: the name, and the email when the key has none either. */
export type CandidateDetail = 'name' | 'email';

/** The most characters the server keeps of a name (and of an email). */
export const NAME_MAX = 255;
export const EMAIL_MAX = 320;

/** A plausible address: something@domain.tld, no spaces (the server checks the format again). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Every problem with what the candidate typed, by field, in their words
 * (empty when the start may go ahead). Only the fields the key needs count.
 */
export function candidateDetailsProblems(needed: readonly CandidateDetail[], values: { name: string; email: string }): Partial<Record<CandidateDetail, string>> {
  const problems: Partial<Record<CandidateDetail, string>> = {};
  const name = values.name.trim();
  const email = values.email.trim();
  if (needed.includes('name')) {
    if (!name) problems.name = 'Enter your name.';
    else if (name.length > NAME_MAX) problems.name = `Your name can have at most ${NAME_MAX} characters.`;
  }
  if (needed.includes('email')) {
    if (!email) problems.email = 'Enter your email address.';
    else if (email.length > EMAIL_MAX || !EMAIL.test(email)) problems.email = 'Enter an email address like name@example.com.';
  }
  return problems;
}

/** The start's body: the needed fields, trimmed. */
export function candidateDetailsBody(needed: readonly CandidateDetail[], values: { name: string; email: string }): { name?: string; email?: string } {
  return {
    ...(needed.includes('name') ? { name: values.name.trim() } : {}),
    ...(needed.includes('email') ? { email: values.email.trim() } : {}),
  };
}
