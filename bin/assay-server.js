#!/usr/bin/env node
// The `assay-server` command: runs the compiled server (dist/). In a checkout
// with the build tools installed it first builds what is missing or stale;
// a production tree (built, then `npm ci --omit=dev`) runs dist/ as is.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hasBuildTools = fs.existsSync(path.join(root, 'node_modules', 'typescript'));
if (hasBuildTools) {
  const { buildIfStale } = await import('../scripts/build-if-stale.mjs');
  await buildIfStale(['server', 'web'], { quiet: true });
} else if (!fs.existsSync(path.join(root, 'dist', 'server-main.js'))) {
  console.error('error: the server is not built; run `npm run build` in a checkout with dev dependencies first.');
  process.exit(1);
}
await import(pathToFileURL(path.join(root, 'dist', 'server-main.js')).href);
