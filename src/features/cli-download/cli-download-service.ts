import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPackagedFile, tarGz, type TarEntry } from './cli-download-fns.js';

/** `packages/cli` of the project this file belongs to (source or compiled layout). */
export function defaultCliPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = path.join(dir, 'packages', 'cli');
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve('packages', 'cli');
}

export interface CliPackage {
  /** `assay-cli-<version>.tgz`, the name npm pack would give it. */
  filename: string;
  version: string;
  bytes: Buffer;
}

function filesUnder(root: string, relative = ''): string[] {
  const dir = path.join(root, relative);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(root, child);
      return entry.isFile() ? [child] : [];
    })
    .sort();
}

/**
 * The CLI package as an npm tarball, built from `packages/cli` (its
 * package.json, bin/ and compiled dist/) when first asked for and again when a
 * file changed. Null while the CLI is not built (no dist/cli.js).
 */
export function createCliPackageSource(root = defaultCliPackageRoot()) {
  let cached: { stamp: string; value: CliPackage } | null = null;

  return {
    read(): CliPackage | null {
      if (!fs.existsSync(path.join(root, 'dist', 'cli.js')) || !fs.existsSync(path.join(root, 'package.json'))) return null;
      const files = filesUnder(root).filter(isPackagedFile);
      const stamp = files.map((file) => `${file}:${fs.statSync(path.join(root, file)).mtimeMs}`).join('|');
      if (cached?.stamp === stamp) return cached.value;
      const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
      const entries: TarEntry[] = files.map((file) => ({
        path: `package/${file}`,
        content: fs.readFileSync(path.join(root, file)),
        mode: file.startsWith('bin/') ? 0o755 : 0o644,
      }));
      const value = { filename: `${manifest.name}-${manifest.version}.tgz`, version: manifest.version, bytes: tarGz(entries) };
      cached = { stamp, value };
      return value;
    },
  };
}
