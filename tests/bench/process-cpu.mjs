// CPU time of one Chromium's processes, read from Linux's /proc: what a load costs in work done, whatever the
// other browsers on the machine are doing at the time (the load event's wall time includes waits for a core).
import { readdirSync, readFileSync } from 'node:fs';

/** The file /proc/<pid>/<name>, or undefined once the process has ended. */
function procFile(pid, name) {
  try {
    return readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** A process's command line; Chromium rewrites its children's with spaces, not NULs. */
const commandLine = (pid) => procFile(pid, 'cmdline')?.replaceAll('\0', ' ') ?? '';

/** Every running process's parent: pid → ppid. */
function parents() {
  const parentOf = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = procFile(pid, 'stat');
    if (stat) parentOf.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  return parentOf;
}

/** The browser process of each profile, found once: a browser keeps its pid for its whole life. */
const browserPids = new Map();

function browserPid(profile, parentOf) {
  let pid = browserPids.get(profile);
  if (pid === undefined || !parentOf.has(pid)) {
    pid = [...parentOf.keys()].find((p) => {
      const cmd = commandLine(p);
      return !cmd.includes('--type=') && cmd.includes(profile);
    });
    if (pid === undefined) throw new Error(`no Chromium process with the profile ${profile}`);
    browserPids.set(profile, pid);
  }
  return pid;
}

/**
 * The main threads of the page renderers of the Chromium started with the profile `profile` (the processes
 * under its browser process, less the extension's own renderer): pid → milliseconds run so far, the
 * scheduler's own nanosecond count (schedstat), not clock ticks.
 */
export function rendererMainThreads(profile) {
  const parentOf = parents();
  const tree = new Set([browserPid(profile, parentOf)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  const runs = {};
  for (const pid of tree) {
    const cmd = commandLine(pid);
    if (!cmd.includes('--type=renderer') || cmd.includes('--extension-process')) continue;
    const schedstat = procFile(pid, `task/${pid}/schedstat`);
    if (schedstat) runs[pid] = Number(schedstat.split(' ')[0]) / 1e6;
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
