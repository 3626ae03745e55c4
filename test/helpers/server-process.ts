import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  child: ChildProcess;
  /** The URL it listens on, once it says so; rejects when it exits first. */
  url: Promise<string>;
  /** Everything it printed so far. */
  output: () => string;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

/**
 * Starts the compiled server (`dist/server.js`, built by the test global setup) as a real process on 127.0.0.1 and a free port. The
 * environment is this process's, then a quiet test default (no demo, no
 * worker), then `env`.
 */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ASSAY_DEMO: '0', ASSAY_WORKER: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Assay listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
  // A test that never awaits the URL (it failed earlier) must not leave an unhandled rejection.
  url.catch(() => {});
  return { child, url, output: () => output, exited };
}

/** SIGKILLs the server (unless it has already exited) and waits for it to be gone. */
export async function killServerProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  await server.exited;
}

/** Every server process still running is killed, whatever happened in the test. */
export function killAllServerProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
