import { gzipSync } from 'node:zlib';

/**
 * The candidate CLI as this server hands it out: an npm package tarball
 * (`npm install -g <server>/cli/assay-cli.tgz`), so a candidate installs the
 * CLI that matches this server's API without any registry of ours, and the
 * commands a candidate copies from the brief to install it and log in.
 */

/** Where the server serves the tarball. */
export const CLI_PACKAGE_PATH = '/cli/assay-cli.tgz';

/** npm packs every file under `package/` with this time, so equal contents give equal bytes. */
const PACK_MTIME_SECONDS = Date.UTC(1985, 9, 26, 8, 15) / 1000;

export interface TarEntry {
  /** Path inside the archive, `/`-separated, e.g. `package/bin/assay.js`. */
  path: string;
  content: Buffer;
  /** Unix permission bits, e.g. 0o644. */
  mode: number;
}

const BLOCK = 512;

function writeText(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new Error(`tar field too long: ${value}`);
  bytes.copy(header, offset);
}

/** An octal number in `length` bytes: digits padded with zeros, then NUL. */
function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  writeText(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

/** A ustar name: up to 100 bytes, or a prefix (up to 155) and a name split at a `/`. */
function splitName(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let index = path.indexOf('/'); index !== -1; index = path.indexOf('/', index + 1)) {
    const prefix = path.slice(0, index);
    const name = path.slice(index + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  throw new Error(`path too long for a tar archive: ${path}`);
}

function headerOf(entry: TarEntry): Buffer {
  const header = Buffer.alloc(BLOCK);
  const { name, prefix } = splitName(entry.path);
  writeText(header, 0, 100, name);
  writeOctal(header, 100, 8, entry.mode);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeOctal(header, 124, 12, entry.content.length);
  writeOctal(header, 136, 12, PACK_MTIME_SECONDS);
  header.fill(' ', 148, 156);
  writeText(header, 156, 1, '0');
  writeText(header, 257, 6, 'ustar\0');
  writeText(header, 263, 2, '00');
  writeText(header, 345, 155, prefix);
  let sum = 0;
  for (const byte of header) sum += byte;
  writeText(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

/** A gzipped ustar archive of regular files, in the order given. */
export function tarGz(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    parts.push(headerOf(entry), entry.content);
    const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
    if (padding) parts.push(Buffer.alloc(padding));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/**
 * Whether a file of the CLI package goes into the tarball: what package.json
 * `files` lists (bin/, dist/, README.md), never tests or their compiled form.
 */
export function isPackagedFile(relativePath: string): boolean {
  if (/\.test\.(js|d\.ts|js\.map|d\.ts\.map)$/.test(relativePath)) return false;
  return relativePath === 'package.json' || relativePath === 'README.md' || relativePath.startsWith('bin/') || relativePath.startsWith('dist/');
}

export interface CliCommands {
  /** This server, as the candidate reaches it. */
  server: string;
  /** The CLI package this server serves. */
  packageUrl: string;
  /** Installs the CLI (Node.js ≥ 20.19 with npm). */
  install: string;
  /** Logs in with the candidate's key. */
  login: string;
}

/** The commands a candidate copies to install the CLI and log in to `server` with `key`. */
export function cliCommands(server: string, key: string): CliCommands {
  const base = server.replace(/\/+$/, '');
  const packageUrl = `${base}${CLI_PACKAGE_PATH}`;
  return { server: base, packageUrl, install: `npm install -g ${packageUrl}`, login: `assay login ${key} --server ${base}` };
}
