#!/usr/bin/env node
// The `assay` command. An installed package runs its compiled dist/ as is; in
// a checkout (where src/ sits beside dist/) it first compiles the CLI when
// dist/ is missing or older than its sources, so `npx assay` always runs the
// current code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(packageDir, 'dist', 'cli.js');
const sources = path.join(packageDir, 'src');

function newestMtime(entryPath) {
  const stat = fs.statSync(entryPath);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entryPath).reduce((newest, child) => Math.max(newest, newestMtime(path.join(entryPath, child))), stat.mtimeMs);
}

if (fs.existsSync(sources) && (!fs.existsSync(entry) || newestMtime(sources) > fs.statSync(entry).mtimeMs)) {
  const { execFileSync } = await import('node:child_process');
  const { createRequire } = await import('node:module');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(packageDir, 'tsconfig.build.json')], { stdio: ['ignore', 'ignore', 'inherit'] });
  // tsc keeps an unchanged output file's time; touch the entry so the next run sees it fresh.
  const now = new Date();
  fs.utimesSync(entry, now, now);
}

await import(pathToFileURL(entry).href);
