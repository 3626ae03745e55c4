import fs from 'node:fs';
import { buildProgram, runProgram } from './cli-program.js';

/** The `assay` command: a candidate's hands-on task from the terminal (see `assay --help`). */
const packageJson = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// `assay --help | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runProgram(buildProgram(packageJson.version), process.argv.slice(2));
