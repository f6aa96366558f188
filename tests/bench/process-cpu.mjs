// CPU time of one Chromium's processes, read from Linux's /proc: what a load costs in work done, whatever the
// other browsers on the machine are doing at the time (the load event's wall time includes waits for a core).
import { readdirSync, readFileSync } from 'node:fs';

/** Every process: its id, its parent's, and its command line (Chromium rewrites it with spaces, not NULs). */
function processes() {
  const all = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      all.push({ pid: Number(pid), ppid, cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // The process ended while the list was read.
    }
  }
  return all;
}

/** Nanoseconds a thread has run on a core (the scheduler's own count, not ticks), in milliseconds. */
function threadRunMs(pid, tid = pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

/**
 * The main threads of the page renderers of the Chromium started with the profile `profile` (its browser
 * process and every process under it, less the extension's own renderer): pid → milliseconds run so far.
 */
export function rendererMainThreads(profile) {
  const all = processes();
  const root = all.find((p) => !p.cmd.includes('--type=') && p.cmd.includes(profile));
  if (!root) throw new Error(`no Chromium process with the profile ${profile}`);
  const tree = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
  }
  const runs = {};
  for (const p of all) {
    if (!tree.has(p.pid) || !p.cmd.includes('--type=renderer') || p.cmd.includes('--extension-process')) continue;
    const ms = threadRunMs(p.pid);
    if (ms !== undefined) runs[p.pid] = ms;
  }
  return runs;
}

/**
 * The main-thread time the browser's page renderers spent between two readings of rendererMainThreads: the
 * tab that navigated, and whatever its other tabs did meanwhile (idle, in the bench's rounds). A renderer
 * that started in between counts from zero; one that ended is left out.
 */
export function mainThreadMsBetween(before, after) {
  return Object.entries(after).reduce((sum, [pid, ms]) => sum + ms - (before[pid] ?? 0), 0);
}
