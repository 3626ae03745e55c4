import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Config } from '../../config.js';

/**
 * How a stored email leaves: over SMTP (nodemailer, SMTP_URL) or, in the
 * embedded default without SMTP, as an RFC 5322 `.eml` file in
 * `<dataDir>/mail/` — the dev mailbox.
 */

export interface OutgoingEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface SentEmail {
  messageId: string;
  /** Where it went: `smtp://host:port` or the .eml path. */
  location: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<SentEmail>;
  close(): void;
}

/** The domain of the sender address, for Message-IDs. */
export function senderDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'assay.local';
}

/**
 * The Message-ID is derived from the email id, so every retry of the same
 * email carries the same one and a receiving server can drop duplicates.
 */
export function messageIdFor(emailId: string, from: string): string {
  return `<${emailId}@${senderDomain(from)}>`;
}

function mailOptions(email: OutgoingEmail, from: string) {
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: messageIdFor(email.id, from),
    headers: { 'X-Assay-Email-Id': email.id },
  };
}

/** Builds the complete RFC 5322 message (headers, text and HTML alternatives). */
export function composeMessage(email: OutgoingEmail, from: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    new MailComposer(mailOptions(email, from)).compile().build((error, message) => (error ? reject(error) : resolve(message)));
  });
}

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  const where = (() => {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.host}`;
  })();
  return {
    async send(email) {
      const info = await transport.sendMail(mailOptions(email, from));
      return { messageId: info.messageId ?? messageIdFor(email.id, from), location: where };
    },
    close() {
      transport.close();
    },
  };
}

export function createFileMailer(directory: string, from: string): Mailer {
  return {
    async send(email) {
      await fs.mkdir(directory, { recursive: true });
      const file = path.join(directory, `${email.id}.eml`);
      const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      await fs.writeFile(temporary, await composeMessage(email, from), { mode: 0o600 });
      // Renamed into place: the mailbox never shows a half-written message.
      await fs.rename(temporary, file);
      return { messageId: messageIdFor(email.id, from), location: file };
    },
    close() {},
  };
}

export function mailDirectory(dataDir: string): string {
  return path.join(dataDir, 'mail');
}

export function createMailer(config: Pick<Config, 'smtpUrl' | 'emailFrom' | 'dataDir'>): Mailer {
  return config.smtpUrl
    ? createSmtpMailer(config.smtpUrl, config.emailFrom)
    : createFileMailer(mailDirectory(config.dataDir), config.emailFrom);
}
