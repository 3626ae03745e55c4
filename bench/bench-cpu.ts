import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * CPU time of other processes, from /proc/<pid>/stat: utime + stime (fields
 * 14 and 15), in clock ticks. Every thread of the process counts (the event
 * loop, the garbage collector's helpers, libuv's pool).
 */

function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

const TICKS_PER_SECOND = clockTicksPerSecond();

/** Seconds of CPU the process has used so far, or null when it is gone or not visible here. */
export function cpuSecondsOf(pid: number): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may itself hold spaces or parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): utime is field 14, stime field 15.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / TICKS_PER_SECOND : null;
}

/** CPU seconds per process id, for the ids given that are still there. */
export function cpuSecondsByPid(pids: readonly number[]): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const pid of pids) {
    const value = cpuSecondsOf(pid);
    if (value !== null) seconds.set(pid, value);
  }
  return seconds;
}

/**
 * CPU used between two readings of a set of processes that may have grown
 * (a connection pool opening backends): a process first seen in `after` used
 * all of its CPU in between. One that ended in between is not counted.
 */
export function cpuSecondsBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}
