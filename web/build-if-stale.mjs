// Builds web/dist when it is missing or older than any web source file, so
// that `npm start` always serves the current dashboard. Used by `prestart`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const builtIndex = path.join(webDir, 'dist', 'index.html');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json'];

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when web/dist is missing or older than the newest web source file. */
export function webBuildIsStale() {
  if (!fs.existsSync(builtIndex)) return true;
  const built = fs.statSync(builtIndex).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(webDir, source)) > built);
}

/** Builds the web app with Vite's API when stale; returns whether it built. */
export async function buildWebIfStale({ quiet = false } = {}) {
  if (!webBuildIsStale()) return false;
  const { build } = await import('vite');
  await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: quiet ? 'error' : 'info' });
  return true;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const built = await buildWebIfStale();
  if (!built) console.log('web/dist is up to date');
}
