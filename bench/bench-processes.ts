import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The servers under test as child processes of the bench (bench-server.ts),
 * each in its own process so that the load generator never shares its event
 * loop or its core with them. Every child is killed when the bench ends,
 * whichever way it ends; a child also exits by itself when its IPC channel to
 * the bench closes.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const STARTUP_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 3_000;

export interface ServerUnderTest {
  name: string;
  url: string;
  pid: number;
  /** The server's own counts: HTTP requests received since it started, and those not answered yet. */
  status(): Promise<ServerStatus>;
  /** SIGTERM, then SIGKILL after a grace period; resolves once it is gone. */
  stop(): Promise<void>;
}

export interface ServerStatus {
  received: number;
  inFlight: number;
}

const running = new Set<ChildProcess>();

/** Kills every server still running (synchronous: safe in an 'exit' handler). */
export function killAllServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

process.once('exit', killAllServers);

export function startServerUnderTest(name: string, mode: 'app' | 'bare', env: Record<string, string>): Promise<ServerUnderTest> {
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // The bench decides which database the server opens: never one inherited by accident.
    if (value !== undefined && key !== 'DATABASE_URL') environment[key] = value;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'bench-server.ts'), mode], {
    cwd: ROOT,
    env: { ...environment, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  let output = '';
  // Messages arrive in order: whoever asked before an answer gets that answer.
  let waiting: ((status: ServerStatus) => void)[] = [];
  child.on('message', (message: { type?: string } & ServerStatus) => {
    if (message.type !== 'status') return;
    const answered = waiting;
    waiting = [];
    for (const resolve of answered) resolve({ received: message.received, inFlight: message.inFlight });
  });

  return new Promise<ServerUnderTest>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name}: not listening after ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`));
    }, STARTUP_TIMEOUT_MS);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited before listening:\n${output}`));
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^\{"url":"(http:\/\/127\.0\.0\.1:\d+)"\}$/m.exec(output);
      if (!line) return;
      clearTimeout(timer);
      resolve({
        name,
        url: line[1]!,
        pid: child.pid!,
        status: () =>
          new Promise<ServerStatus>((answer, fail) => {
            if (!child.connected) return fail(new Error(`${name} is not running`));
            waiting.push(answer);
            child.send({ type: 'status' });
          }),
        async stop() {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            const grace = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
            await exited;
            clearTimeout(grace);
          }
        },
      });
    });
  });
}
