import fs from 'node:fs';
import { buildServerProgram, runServerProgram } from './server-cli.js';

/** The `assay-server` command (see `assay-server --help`). */
const packageJson = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// `assay-server --help | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// `serve` keeps the process alive until SIGINT/SIGTERM; every other command ends when its work does.
process.exitCode = await runServerProgram(buildServerProgram(packageJson.version), process.argv.slice(2));
