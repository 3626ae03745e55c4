import fs from 'node:fs';
import { buildProgram, runProgram } from './cli-program.js';

/** The `assay` command: a candidate's hands-on task from the terminal (see `assay --help`). */
const packageJson = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

process.exitCode = await runProgram(buildProgram(packageJson.version), process.argv.slice(2));
