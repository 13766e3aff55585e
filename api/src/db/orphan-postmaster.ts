import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * After a kill -9 of the server, the embedded PostgreSQL it started lives on (its parent is gone, it is
 * re-parented to init) and keeps the data directory locked through postmaster.pid, so the next start would
 * fail. Before starting a cluster, this finds such an orphan and shuts it down the way PostgreSQL is meant
 * to be (SIGINT: fast shutdown), or refuses to touch a postmaster whose server is still running.
 */

interface ProcessInfo {
  ppid: number;
  command: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, under another user (postgres when we are root)
  }
}

/** A process's parent and command line: /proc on Linux, ps elsewhere; null when it is gone. */
function processInfo(pid: number): ProcessInfo | null {
  if (fs.existsSync('/proc/self/stat')) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      return { ppid, command };
    } catch {
      return null;
    }
  }
  try {
    const line = execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const match = /^(\d+)\s+(.*)$/.exec(line);
    return match ? { ppid: Number(match[1]), command: match[2] } : null;
  } catch {
    return null;
  }
}

/** Whether a command line is a Node.js process (our server, the tests, the benchmark: whoever starts clusters). */
const isNode = (command: string) => /(^|\/)node(\.exe)?(\s|$)/.test(command) || command.startsWith(process.execPath);

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

export type PostmasterRecovery =
  | { kind: 'none' }
  /** postmaster.pid named a process that is not this cluster's postmaster: PostgreSQL would refuse to start */
  | { kind: 'stale-lock-removed'; pid: number }
  | { kind: 'orphan-stopped'; pid: number };

/**
 * Makes the cluster in `clusterDir` startable again after a crash of the process that ran it. Throws when
 * its postmaster still belongs to a running Node.js process (another server on the same DATA_DIR).
 */
export async function recoverOrphanedPostmaster(clusterDir: string): Promise<PostmasterRecovery> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(lockFile, 'utf8').split('\n');
  } catch {
    return { kind: 'none' };
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return { kind: 'none' }; // PostgreSQL removes a dead one's lock itself
  const postmaster = processInfo(pid);
  if (!postmaster) return { kind: 'none' }; // ended while we looked
  if (!/postgres|postmaster/.test(postmaster.command)) {
    // the pid was reused by an unrelated process (e.g. after a reboot): the lock is stale
    fs.rmSync(lockFile, { force: true });
    return { kind: 'stale-lock-removed', pid };
  }
  const parent = processInfo(postmaster.ppid);
  if (parent && isNode(parent.command)) {
    throw new Error(`the PostgreSQL of ${clusterDir} (pid ${pid}) belongs to a running process (pid ${postmaster.ppid}): stop that one first`);
  }
  process.kill(pid, 'SIGINT'); // fast shutdown: ends sessions, writes a checkpoint, removes postmaster.pid
  if (!(await waitForExit(pid, 30_000))) {
    process.kill(pid, 'SIGQUIT'); // immediate shutdown: the next start recovers from the WAL
    if (!(await waitForExit(pid, 10_000))) throw new Error(`the orphaned PostgreSQL of ${clusterDir} (pid ${pid}) does not stop`);
  }
  return { kind: 'orphan-stopped', pid };
}
