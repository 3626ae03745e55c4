import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

/**
 * Runs the real `assay` binary (the checkout's `packages/cli/bin/assay.js`, or
 * the one installed from the packed package) and the real `assay-server` as
 * child processes, for the CLI end-to-end tests. Every child is tracked so
 * the test can kill what is left even when it fails half-way.
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The candidate CLI of this checkout. */
export const CLI_BIN = path.join(ROOT, 'packages', 'cli', 'bin', 'assay.js');
/** The operator's command of this checkout. */
export const SERVER_BIN = path.join(ROOT, 'bin', 'assay-server.js');

const children = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** SIGKILLs every child still running (afterAll / finally). */
export function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (for --json commands). */
  json: any;
}

export interface CliOptions {
  env: Record<string, string>;
  cwd?: string;
  input?: string;
  timeoutMs?: number;
  /** The script to run with node (default: the checkout's `assay`). */
  bin?: string;
}

/** Runs `assay <args>` to completion. */
export function runCli(args: string[], options: CliOptions): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(process.execPath, [options.bin ?? CLI_BIN, ...args], {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    );
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin!.end(options.input ?? '');
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`assay ${args.join(' ')} timed out\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      let json: any = undefined;
      try {
        json = stdout.trim() ? JSON.parse(stdout) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code, stdout, stderr, json });
    });
  });
}

/** Runs `assay <args>` and fails the test with its output unless it exits 0. */
export async function runCliOk(args: string[], options: CliOptions): Promise<CliResult> {
  const result = await runCli(args, options);
  if (result.code !== 0) {
    throw new Error(`assay ${args.join(' ')} exited ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  }
  return result;
}

/** A long-running `assay` process (serve, watch) with its output so far. */
export interface Background {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when the output (stdout + stderr) matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Sends the signal and resolves with the exit code; SIGKILL after the grace period. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<number | null>;
}

export function startCli(args: string[], options: CliOptions): Background {
  const child = track(
    spawn(process.execPath, [options.bin ?? CLI_BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    notify();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    notify();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    waitFor(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(`${stdout}\n${stderr}`);
          if (match) {
            cleanup();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${pattern} from assay ${args.join(' ')}\nstdout: ${stdout}\nstderr: ${stderr}`));
        }, timeoutMs);
        const onExit = () => {
          check();
          cleanup();
          reject(new Error(`assay ${args.join(' ')} exited before ${pattern}\nstdout: ${stdout}\nstderr: ${stderr}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
          child.off('exit', onExit);
        };
        waiters.add(check);
        child.once('exit', onExit);
        check();
      });
    },
    async stop(signal = 'SIGTERM', graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/**
 * Serves a folder read-only over HTTP on 127.0.0.1: a bare repository in it,
 * after `git update-server-info`, is clonable with git's "dumb" HTTP protocol.
 */
export async function serveFolder(folder: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = path.join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(folder) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface InstalledCli {
  /** The folder it was installed into (empty before). */
  folder: string;
  /** `node_modules/assay-cli/bin/assay.js` there: the `assay` bin as a candidate gets it. */
  bin: string;
  /** Every file path under the folder's node_modules, relative to it. */
  installedFiles(): string[];
}

/**
 * `npm pack` of packages/cli, installed into an empty folder the way a
 * candidate would (`npm install --ignore-scripts ./assay-cli-*.tgz`).
 */
export function installPackedCli(folder: string): InstalledCli {
  fs.mkdirSync(folder, { recursive: true });
  const npm = (args: string[], cwd: string) =>
    execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd, encoding: 'utf8' });
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', folder], path.join(ROOT, 'packages', 'cli'))) as Array<{ filename: string }>;
  const tarball = path.basename(packed[0]!.filename);
  fs.writeFileSync(path.join(folder, 'package.json'), '{ "name": "candidate-laptop", "private": true }\n');
  npm(['install', '--ignore-scripts', `./${tarball}`], folder);
  const modules = path.join(folder, 'node_modules');
  return {
    folder,
    bin: path.join(modules, 'assay-cli', 'bin', 'assay.js'),
    installedFiles: () => (fs.readdirSync(modules, { recursive: true }) as string[]).map((entry) => entry.split(path.sep).join('/')),
  };
}
