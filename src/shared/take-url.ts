import type { Config } from '../config.js';

/** Where candidates open their key (`<base>/take/<key>`): the public URL, else this server on localhost. */
export function takeUrlBase(config: Pick<Config, 'publicUrl' | 'port'>): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}
