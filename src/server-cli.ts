import { Command, CommanderError } from 'commander';
import { AppError } from './errors.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';

/**
 * `assay-server`: the operator's commands. Each runs the server code in this
 * process against the database the environment configures (DATABASE_URL or
 * ASSAY_DATA_DIR). Candidates use the separate `assay` CLI package.
 */

const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A failure reported as one line (and `{ error: { code, message } }` with --json), never a stack trace. */
class OperatorError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
    readonly code: string = 'failed',
  ) {
    super(message);
    this.name = 'OperatorError';
  }
}

function usageError(message: string): OperatorError {
  return new OperatorError(message, EXIT.usage, 'usage');
}

/** Prints a result as JSON with --json, else as text. */
function printResult(command: Command, data: unknown, text: () => string): void {
  if (command.optsWithGlobals<{ json?: boolean }>().json) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else process.stdout.write(`${text()}\n`);
}

function configured(overrides: Record<string, string | undefined> = {}): Config {
  try {
    return loadConfig({ ...process.env, ...overrides });
  } catch (error) {
    if (error instanceof ConfigError) throw new OperatorError(`Configuration error: ${error.message}`, EXIT.usage, 'config');
    throw error;
  }
}

/** Opens the configured database, brings it to the latest schema, runs fn, closes it. */
async function withMigratedDatabase<T>(
  config: Config,
  fn: (handle: DatabaseHandle, applied: string[]) => Promise<T>,
): Promise<T> {
  const { openConfiguredDatabase } = await import('./server.js');
  const { migrateDatabase } = await import('./migrations.js');
  const handle = openConfiguredDatabase(config);
  try {
    const result = await migrateDatabase(handle);
    const applied = (result.results ?? []).filter((item) => item.status === 'Success').map((item) => item.migrationName);
    return await fn(handle, applied);
  } finally {
    await handle.close();
  }
}

/** Domain errors (slug taken, validation) as one clear CLI error. */
function asOperatorError(error: unknown): never {
  if (error instanceof AppError) throw new OperatorError(error.message, EXIT.failure, error.code);
  throw error;
}

function databaseLabel(config: Config): string {
  if (!config.databaseUrl) return `SQLite at ${config.dataDir}/assay.db`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

function registerCommands(program: Command): void {
  program
    .command('serve')
    .description('Run the Assay server (migrates the database first); configured by environment variables')
    .option('--port <port>', 'listen on this port (overrides PORT)')
    .option('--host <host>', 'listen on this address (overrides HOST)')
    .addHelpText('after', '\nSee the README for every environment variable (DATABASE_URL, ASSAY_DATA_DIR, ASSAY_OPERATOR_KEY, …).')
    .action(async (options: { port?: string; host?: string }) => {
      const config = configured({ PORT: options.port ?? process.env.PORT, HOST: options.host ?? process.env.HOST });
      const { startServer } = await import('./server.js');
      await startServer(config);
      // The server keeps the process alive and closes gracefully on SIGINT/SIGTERM.
    });

  program
    .command('migrate')
    .description('Bring the configured database to the latest schema (safe to run while servers start)')
    .action(async (_options, command: Command) => {
      const config = configured();
      if (!command.optsWithGlobals<{ json?: boolean }>().json) process.stderr.write(`Migrating ${databaseLabel(config)}…\n`);
      const applied = await withMigratedDatabase(config, async (_handle, names) => names);
      printResult(command, { database: config.databaseUrl ? 'postgres' : 'sqlite', applied }, () =>
        applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.',
      );
    });

  const org = program.command('org').description('Manage organizations (tenants)');
  org
    .command('create')
    .description("Create an organization and print its first API key (all scopes; shown only now)")
    .requiredOption('--name <name>', 'the organization name')
    .option('--slug <slug>', 'URL-safe identifier (default: from the name)')
    .option('--quota <n>', 'monthly assessment quota (default: unlimited)')
    .action(async (options: { name: string; slug?: string; quota?: string }, command: Command) => {
      const name = options.name.trim();
      if (!name || name.length > 255) throw usageError('--name must be 1 to 255 characters');
      const { SLUG_PATTERN } = await import('./shared/slug.js');
      if (options.slug !== undefined && (!new RegExp(SLUG_PATTERN).test(options.slug) || options.slug.length > 60)) {
        throw usageError('--slug must be lowercase letters and digits joined by single hyphens, at most 60 characters');
      }
      let quota: number | null = null;
      if (options.quota !== undefined) {
        quota = Number(options.quota);
        if (!/^\d+$/.test(options.quota) || !Number.isSafeInteger(quota)) throw usageError('--quota must be a whole number ≥ 0');
      }
      const config = configured();
      const { createOrgsService } = await import('./features/orgs/orgs-service.js');
      const { systemClock } = await import('./shared/clock.js');
      const created = await withMigratedDatabase(config, (handle) =>
        createOrgsService({ db: handle.db, clock: systemClock })
          .create(
            { actor: { type: 'operator', id: null, name: 'operator (assay-server org create)' }, ip: null, userAgent: null, requestId: null },
            { name, slug: options.slug, monthlyAssessmentQuota: quota },
          )
          .catch(asOperatorError),
      );
      printResult(command, created, () =>
        [
          `Created organization "${created.org.name}" (${created.org.id}, slug ${created.org.slug}).`,
          `API key (every scope; shown only now): ${created.apiKey}`,
        ].join('\n'),
      );
    });

  const aggregates = program.command('aggregates').description('Maintain derived data');
  aggregates
    .command('rebuild')
    .description('Recompute the cohort aggregates from every session (after a restore or a manual data fix)')
    .option('--assessment <id>', 'only this assessment')
    .action(async (options: { assessment?: string }, command: Command) => {
      const config = configured();
      const { rebuildEveryAssessmentAggregates } = await import('./features/cohort/cohort-aggregates.js');
      const { inTransaction } = await import('./db/database.js');
      const { systemClock } = await import('./shared/clock.js');
      const rebuilt = await withMigratedDatabase(config, (handle) =>
        inTransaction(handle.db, (trx) =>
          rebuildEveryAssessmentAggregates(trx, systemClock, options.assessment ? { assessmentId: options.assessment } : undefined),
        ),
      );
      if (options.assessment && rebuilt.assessments === 0) throw new OperatorError(`No assessment ${options.assessment}`, EXIT.failure, 'not_found');
      printResult(command, rebuilt, () => `Rebuilt the cohort aggregates of ${rebuilt.assessments} assessment(s) from ${rebuilt.sessions} session(s).`);
    });

  program
    .command('demo')
    .description('Create the demo organization, assessment and candidate keys on an empty database')
    .action(async (_options, command: Command) => {
      const config = configured();
      const { seedDemoIfEmpty, demoBaseUrl, formatDemoBanner } = await import('./demo/demo-seed.js');
      const { systemClock } = await import('./shared/clock.js');
      const demo = await withMigratedDatabase(config, (handle) =>
        seedDemoIfEmpty({ db: handle.db, dialect: handle.dialect, clock: systemClock, config }).catch(asOperatorError),
      );
      if (!demo) {
        throw new OperatorError(
          `${databaseLabel(config)} already has an organization; the demo is only created on an empty database.`,
          EXIT.failure,
          'not_empty',
        );
      }
      const baseUrl = demoBaseUrl(config.publicUrl, `http://localhost:${config.port}`);
      printResult(command, { ...demo, baseUrl }, () => formatDemoBanner(demo, baseUrl));
    });
}

export function buildServerProgram(version: string): Command {
  const program = new Command('assay-server')
    .description('Run and administer an Assay server (the candidate CLI is the separate `assay` command).')
    .version(version, '-V, --version')
    .option('--json', 'print results as JSON (for scripts); errors as { "error": { code, message } }')
    .addHelpText('after', '\nExit codes: 0 success, 1 failure, 2 wrong arguments or configuration.');
  registerCommands(program);
  const configure = (command: Command): void => {
    command.exitOverride();
    command.showHelpAfterError('(add --help for usage)');
    for (const child of command.commands) configure(child);
  };
  configure(program);
  return program;
}

/** Parses argv and runs the command; answers the exit code (never throws). */
export async function runServerProgram(program: Command, argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? EXIT.ok : EXIT.usage;
    }
    const failure = error instanceof OperatorError ? error : new OperatorError(error instanceof Error ? error.message : String(error), EXIT.failure, 'unexpected');
    if (json) process.stdout.write(`${JSON.stringify({ error: { code: failure.code, message: failure.message } }, null, 2)}\n`);
    process.stderr.write(`error: ${failure.message}\n`);
    return failure.exitCode;
  }
}
