import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliCommands, isPackagedFile, tarGz } from './cli-download-fns.js';

describe('cliCommands', () => {
  it.each([
    ['https://assay.example.com', 'PST-ABCD-2345', 'https://assay.example.com'],
    ['https://assay.example.com/', 'PST-ABCD-2345', 'https://assay.example.com'],
    ['http://10.0.0.5:3000', 'PST-WXYZ-6789', 'http://10.0.0.5:3000'],
    // A server mounted under a path keeps it.
    ['https://example.com/assay//', 'PST-ABCD-2345', 'https://example.com/assay'],
  ])('%s with %s', (server, key, base) => {
    expect(cliCommands(server, key)).toEqual({
      server: base,
      packageUrl: `${base}/cli/assay-cli.tgz`,
      install: `npm install -g ${base}/cli/assay-cli.tgz`,
      login: `assay login ${key} --server ${base}`,
    });
  });
});

describe('isPackagedFile (what package.json `files` ships)', () => {
  it.each([
    ['package.json', true],
    ['README.md', true],
    ['bin/assay.js', true],
    ['dist/cli.js', true],
    ['dist/cli-http.js.map', true],
    ['dist/cli-http.d.ts', true],
    ['dist/cli-http.test.js', false],
    ['dist/cli-http.test.d.ts', false],
    ['dist/cli-http.test.js.map', false],
    ['src/cli.ts', false],
    ['tsconfig.json', false],
    ['tsconfig.build.json', false],
    ['node_modules/commander/index.js', false],
  ])('%s → %s', (file, shipped) => {
    expect(isPackagedFile(file)).toBe(shipped);
  });
});

describe('tarGz, read back by the system tar', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-tar-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const deepPath = `package/dist/${'nested-folder/'.repeat(8)}file-with-a-long-name.js`;
  const entries = [
    { path: 'package/package.json', content: Buffer.from('{"name":"assay-cli","version":"0.1.0"}\n'), mode: 0o644 },
    { path: 'package/bin/assay.js', content: Buffer.from('#!/usr/bin/env node\nconsole.log("hi")\n'), mode: 0o755 },
    // Exactly one block, an empty file, a multi-block file and a path longer than 100 bytes.
    { path: 'package/dist/block.js', content: Buffer.alloc(512, 'a'), mode: 0o644 },
    { path: 'package/dist/empty.js', content: Buffer.alloc(0), mode: 0o644 },
    { path: 'package/dist/big.js', content: Buffer.from('x'.repeat(5_000) + 'é'), mode: 0o644 },
    { path: deepPath, content: Buffer.from('deep'), mode: 0o644 },
  ];
  const archive = path.join(dir, 'cli.tgz');
  fs.writeFileSync(archive, tarGz(entries));

  it('lists every file with its size and mode, in order', () => {
    const listing = execFileSync('tar', ['-tvzf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listing.map((line) => line.split(/\s+/).at(-1))).toEqual(entries.map((entry) => entry.path));
    expect(listing.map((line) => line.slice(0, 10))).toEqual(entries.map((entry) => (entry.mode === 0o755 ? '-rwxr-xr-x' : '-rw-r--r--')));
    for (const [index, entry] of entries.entries()) expect(listing[index]).toContain(` ${entry.content.length} `);
  });

  it('extracts every file byte for byte', () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    execFileSync('tar', ['-xzf', archive, '-C', out]);
    for (const entry of entries) expect(fs.readFileSync(path.join(out, entry.path)).equals(entry.content)).toBe(true);
  });

  it('gives the same bytes for the same files (fixed times)', () => {
    expect(tarGz(entries).equals(fs.readFileSync(archive))).toBe(true);
  });

  it('refuses a path that no ustar header can hold', () => {
    expect(() => tarGz([{ path: `package/${'x'.repeat(120)}`, content: Buffer.alloc(1), mode: 0o644 }])).toThrow(/too long/);
  });
});
