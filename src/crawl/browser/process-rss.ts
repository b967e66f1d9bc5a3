import { readdirSync, readFileSync } from 'node:fs';

/** Linux's page size on the machines this runs on (x86-64, arm64 with 4 KiB pages). */
const PAGE_BYTES = 4096;

function pids(): string[] {
  try {
    return readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
}

/** ppid and resident pages of one process from /proc/<pid>/stat, or null once it is gone. */
function statOf(pid: string): { ppid: string; rssPages: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the fields after its last ')' are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: fields[1] as string, rssPages: Number(fields[21]) };
  } catch {
    return null;
  }
}

function cmdlineHas(pid: string, marker: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return false;
  }
}

/** The pid of the process launched with `marker` on its command line (not one of its children), or null. */
export function markedProcess(marker: string): string | null {
  const marked = pids().filter((pid) => cmdlineHas(pid, marker));
  return marked.find((pid) => !marked.includes(statOf(pid)?.ppid ?? '')) ?? null;
}

/**
 * Resident bytes of `root` and all its descendants (Chromium's renderers, zygotes and utility processes),
 * or null once it is gone. Shared pages count once per process, so this overstates: the safe side for a cap.
 */
export function processTreeRss(root: string): number | null {
  const stats = new Map<string, { ppid: string; rssPages: number }>();
  for (const pid of pids()) {
    const s = statOf(pid);
    if (s) stats.set(pid, s);
  }
  if (!stats.has(root)) return null;
  const children = new Map<string, string[]>();
  for (const [pid, s] of stats) {
    const siblings = children.get(s.ppid);
    if (siblings) siblings.push(pid);
    else children.set(s.ppid, [pid]);
  }
  let pages = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as string;
    pages += stats.get(pid)?.rssPages ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return pages * PAGE_BYTES;
}
