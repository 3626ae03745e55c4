import fs from 'node:fs';
import { buildServerProgram, runServerProgram } from './server-cli.js';

/** The `assay-server` command (see `assay-server --help`). */
const packageJson = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// `serve` keeps the process alive until SIGINT/SIGTERM; every other command ends when its work does.
process.exitCode = await runServerProgram(buildServerProgram(packageJson.version), process.argv.slice(2));
