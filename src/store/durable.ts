import type { FileHandle } from 'node:fs/promises';
import { open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files this process is writing now, so an open of the same folder leaves them alone. */
const writing = new Set<string>();

const tempName = (file: string, pid: number) => `${file}.${pid}.tmp`;

/**
 * Replaces `file` so that a crash or power loss at any moment leaves either the old or the new whole
 * file: the new bytes go to a temporary file, which is synced before the rename, and the folder is synced
 * after it so the rename itself is on disk.
 */
export async function replaceDurably(file: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const tmp = tempName(file, process.pid);
  writing.add(tmp);
  try {
    const handle = await open(tmp, 'w');
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } finally {
    writing.delete(tmp);
  }
  await syncFolder(path.dirname(file));
}

export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but is not ours to signal.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of `file` that a killed write left: only names `replaceDurably` makes, and
 * only those of processes that are gone (or of this one, when it is not writing them now: a restarted
 * container often gets the same pid back).
 */
export async function removeStaleTemps(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(file))}\\.(\\d+)\\.tmp$`);
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [])) {
    const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid)) continue;
    const full = path.join(dir, name);
    if (pid === process.pid ? writing.has(full) : isRunning(pid)) continue;
    await rm(full, { force: true });
    removed.push(full);
  }
  return removed;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
