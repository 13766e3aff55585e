import fs from 'node:fs';
import path from 'node:path';

/**
 * CPU time from /proc (Linux), in milliseconds: a figure that, unlike latency, does not grow when other work
 * shares the machine. Clock ticks are 1/100 s on Linux.
 */
const TICK_MS = 10;

function stat(pid: number): { ppid: number; own: number; children: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may hold spaces: fields after its closing parenthesis
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(fields[i - 3]);
    return { ppid: n(4), own: (n(14) + n(15)) * TICK_MS, children: (n(16) + n(17)) * TICK_MS };
  } catch {
    return null;
  }
}

/** CPU of one process (the API server). */
export function processCpuMs(pid: number): number {
  return stat(pid)?.own ?? NaN;
}

/** CPU of a PostgreSQL cluster: the postmaster, its live children, and the children it has reaped. */
export function clusterCpuMs(dataDir: string): number {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  const postmaster = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const root = stat(postmaster);
  if (!root) return NaN;
  let total = root.own + root.children;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = stat(Number(entry));
    if (child?.ppid === postmaster) total += child.own;
  }
  return total;
}

/** CPU of this process (the load generator, or the raw SQL client). */
export function selfCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
