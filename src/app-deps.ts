import type { Config } from './config.js';
import type { Db } from './db/database.js';
import type { DialectName } from './db/dialect.js';
import type { Clock } from './shared/clock.js';

/** What every feature's routes plugin receives to build its services. */
export interface AppDeps {
  config: Config;
  db: Db;
  dialect: DialectName;
  clock: Clock;
}
