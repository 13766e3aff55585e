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

/** The live children of a process. */
export function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && stat(Number(entry))?.ppid === pid)
    .map(Number);
}

/** CPU of a process tree: the root, its live children, and the children it has reaped (the API server and its workers, or a PostgreSQL cluster). */
export function treeCpuMs(rootPid: number): number {
  const root = stat(rootPid);
  if (!root) return NaN;
  return root.own + root.children + childrenOf(rootPid).reduce((total, child) => total + (stat(child)?.own ?? 0), 0);
}

/** CPU of a PostgreSQL cluster: the postmaster's tree. */
export function clusterCpuMs(dataDir: string): number {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  return treeCpuMs(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]));
}

/** CPU of this process (the load generator, or the raw SQL client). */
export function selfCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
