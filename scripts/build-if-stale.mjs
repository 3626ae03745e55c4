// Builds what is missing or older than its sources: the server (tsc → dist/),
// the web app (Vite → web/dist/) and the candidate CLI (tsc → packages/cli/dist/).
// `npm start` runs it first, so the README's start command works on a fresh
// clone; a production tree (built, then `npm ci --omit=dev`) is never stale.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Each build: the file it produces and the sources it is made from (relative to the root). */
export const TARGETS = {
  server: { output: 'dist/server.js', sources: ['src', 'tsconfig.build.json', 'tsconfig.base.json'] },
  web: { output: 'web/dist/index.html', sources: ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json'] },
  cli: { output: 'packages/cli/dist/cli.js', sources: ['packages/cli/src', 'packages/cli/tsconfig.build.json', 'packages/cli/tsconfig.json'] },
};

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when the target's output is missing or older than its newest source file. */
export function isStale(name) {
  const target = TARGETS[name];
  const output = path.join(root, target.output);
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return target.sources.some((source) => newestMtime(path.join(root, source)) > built);
}

function touch(file) {
  // tsc leaves an unchanged output file alone; mark the build as done now.
  const now = new Date();
  fs.utimesSync(path.join(root, file), now, now);
}

function runTsc(project) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, project)], { stdio: 'inherit' });
}

const BUILDERS = {
  server: async () => runTsc('tsconfig.build.json'),
  cli: async () => runTsc('packages/cli/tsconfig.build.json'),
  web: async ({ quiet }) => {
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'web', 'vite.config.ts'), logLevel: quiet ? 'error' : 'info' });
  },
};

/** Builds each named target that is stale; answers the names it built. */
export async function buildIfStale(names = Object.keys(TARGETS), { quiet = false } = {}) {
  const built = [];
  for (const name of names) {
    if (!isStale(name)) continue;
    if (!quiet) console.log(`Building ${name}…`);
    await BUILDERS[name]({ quiet });
    touch(TARGETS[name].output);
    built.push(name);
  }
  return built;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const names = process.argv.slice(2);
  const built = await buildIfStale(names.length ? names : undefined);
  if (built.length === 0) console.log('The build is up to date.');
}
