import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../errors.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { CLI_PACKAGE_PATH } from './cli-download-fns.js';
import { createCliPackageSource } from './cli-download-service.js';

/** 503 while this server has no compiled CLI to hand out. */
export class CliNotBuiltError extends AppError {
  constructor() {
    super(503, 'cli_not_built', 'The candidate CLI is not built on this server (its operator runs `npm run build`)');
  }
}

export interface CliDownloadRoutesOptions {
  /** Folder of the CLI package; defaults to packages/cli of this project. */
  root?: string;
}

/** The candidate CLI, for `npm install -g <server>/cli/assay-cli.tgz` (public: a candidate installs it before logging in). */
export const cliDownloadRoutes: FastifyPluginAsyncTypebox<CliDownloadRoutesOptions> = async (app, options) => {
  const source = createCliPackageSource(options.root);

  app.get(CLI_PACKAGE_PATH, {
    schema: {
      tags: ['Candidate'],
      summary: 'Download the candidate CLI (`assay`) as an npm package: `npm install -g <this URL>`',
      description:
        'The `assay-cli` package this server ships (package.json, bin/ and the compiled dist/), packed as `npm pack` would. ' +
        'Needs Node.js 20.19 or later; its three runtime dependencies come from the npm registry. 503 `cli_not_built` when the server has no compiled CLI.',
      security: [],
      response: {
        200: { description: 'The npm package tarball', content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } } },
        ...errorResponses(503),
      },
    },
    handler: async (_request, reply) => {
      const cli = source.read();
      if (!cli) throw new CliNotBuiltError();
      return reply
        .type('application/gzip')
        .header('content-disposition', `attachment; filename="${cli.filename}"`)
        .header('cache-control', 'no-cache')
        .header('x-assay-cli-version', cli.version)
        .send(cli.bytes);
    },
  });
};
