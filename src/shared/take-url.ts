import type { Config } from '../config.js';

/** Where candidates open their key (`<base>/take/<key>`): the public URL, else this server on localhost. */
export function takeUrlBase(config: Pick<Config, 'publicUrl' | 'port'>): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

/**
 * This server as a client reaches it, for commands a candidate copies (the
 * CLI's install and login): the public URL, else the origin of the request
 * (X-Forwarded-* count only behind a trusted proxy, ASSAY_TRUST_PROXY).
 */
export function serverOrigin(config: Pick<Config, 'publicUrl'>, request: { protocol: string; host: string }): string {
  return config.publicUrl ?? `${request.protocol}://${request.host}`;
}
