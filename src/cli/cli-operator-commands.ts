import type { Command } from 'commander';
import { CliError, EXIT, usageError } from './cli-errors.js';
import { contextOf } from './cli-context.js';
import type { Config } from '../config.js';

/**
 * Operator commands run the server code in this process, against the
 * database the environment configures (DATABASE_URL or ASSAY_DATA_DIR).
 * Server modules are imported on use, so candidate commands start fast.
 */
async function configured(overrides: Record<string, string | undefined> = {}): Promise<Config> {
  const { ConfigError, loadConfig } = await import('../config.js');
  try {
    return loadConfig({ ...process.env, ...overrides });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(`Configuration error: ${error.message}`, EXIT.usage, 'config');
    throw error;
  }
}

/** Opens the configured database, brings it to the latest schema, runs fn, closes it. */
async function withMigratedDatabase<T>(
  config: Config,
  fn: (handle: import('../db/database.js').DatabaseHandle, applied: string[]) => Promise<T>,
): Promise<T> {
  const { openConfiguredDatabase } = await import('../server.js');
  const { migrateToLatest } = await import('../db/migrator.js');
  const handle = openConfiguredDatabase(config);
  try {
    const result = await migrateToLatest(handle.db, handle.dialect);
    const applied = (result.results ?? []).filter((item) => item.status === 'Success').map((item) => item.migrationName);
    return await fn(handle, applied);
  } finally {
    await handle.close();
  }
}

/** Domain errors (slug taken, validation) as one clear CLI error. */
async function asCliError(error: unknown): Promise<never> {
  const { AppError } = await import('../errors.js');
  if (error instanceof AppError) throw new CliError(error.message, error.statusCode < 500 ? EXIT.failure : EXIT.failure, error.code, error.details);
  throw error;
}

function databaseLabel(config: Config): string {
  if (!config.databaseUrl) return `SQLite at ${config.dataDir}/assay.db`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

export function registerOperatorCommands(program: Command): void {
  program
    .command('serve')
    .description('Run the Assay server (migrates the database first); configured by environment variables')
    .option('--port <port>', 'listen on this port (overrides PORT)')
    .option('--host <host>', 'listen on this address (overrides HOST)')
    .addHelpText('after', '\nSee the README for every environment variable (DATABASE_URL, ASSAY_DATA_DIR, ASSAY_OPERATOR_KEY, …).')
    .action(async (options: { port?: string; host?: string }) => {
      const config = await configured({ PORT: options.port ?? process.env.PORT, HOST: options.host ?? process.env.HOST });
      const { startServer } = await import('../server.js');
      await startServer(config);
      // The server keeps the process alive and closes gracefully on SIGINT/SIGTERM.
    });

  program
    .command('migrate')
    .description('Bring the configured database to the latest schema (safe to run while servers start)')
    .action(async (_options, command: Command) => {
      const context = contextOf(command);
      const config = await configured();
      context.output.progress(`Migrating ${databaseLabel(config)}…`);
      const applied = await withMigratedDatabase(config, async (_handle, names) => names);
      context.output.result({ database: config.databaseUrl ? 'postgres' : 'sqlite', applied }, () =>
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
      const context = contextOf(command);
      const name = options.name.trim();
      if (!name || name.length > 255) throw usageError('--name must be 1 to 255 characters');
      const { SLUG_PATTERN } = await import('../shared/slug.js');
      if (options.slug !== undefined && (!new RegExp(SLUG_PATTERN).test(options.slug) || options.slug.length > 60)) {
        throw usageError('--slug must be lowercase letters and digits joined by single hyphens, at most 60 characters');
      }
      let quota: number | null = null;
      if (options.quota !== undefined) {
        quota = Number(options.quota);
        if (!/^\d+$/.test(options.quota) || !Number.isSafeInteger(quota)) throw usageError('--quota must be a whole number ≥ 0');
      }
      const config = await configured();
      const { createOrgsService } = await import('../features/orgs/orgs-service.js');
      const { systemClock } = await import('../shared/clock.js');
      const created = await withMigratedDatabase(config, (handle) =>
        createOrgsService({ db: handle.db, clock: systemClock })
          .create({ name, slug: options.slug, monthlyAssessmentQuota: quota })
          .catch(asCliError),
      );
      context.output.result(created, () =>
        [
          `Created organization "${created.org.name}" (${created.org.id}, slug ${created.org.slug}).`,
          `API key (every scope; shown only now): ${created.apiKey}`,
        ].join('\n'),
      );
    });

  program
    .command('demo')
    .description('Create the demo organization, assessment and candidate keys on an empty database')
    .action(async (_options, command: Command) => {
      const context = contextOf(command);
      const config = await configured();
      const { seedDemoIfEmpty, demoBaseUrl, formatDemoBanner } = await import('../demo/demo-seed.js');
      const { systemClock } = await import('../shared/clock.js');
      const demo = await withMigratedDatabase(config, (handle) =>
        seedDemoIfEmpty({ db: handle.db, dialect: handle.dialect, clock: systemClock, config }).catch(asCliError),
      );
      if (!demo) {
        throw new CliError(
          `${databaseLabel(config)} already has an organization; the demo is only created on an empty database.`,
          EXIT.failure,
          'not_empty',
        );
      }
      const baseUrl = demoBaseUrl(config.publicUrl, `http://localhost:${config.port}`);
      context.output.result({ ...demo, baseUrl }, () => formatDemoBanner(demo, baseUrl));
    });
}
