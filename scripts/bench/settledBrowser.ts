/**
 * A headless Chromium that has finished starting up. Just after launch Chromium builds its own
 * interface, which a page measured at once would share: 1.4 s of CPU on this two-core machine when
 * first measured, 0.35 s with Chromium 156 (the omnibox popup's cost now falls on each navigation
 * instead, and scripts/chromium.ts turns it off). A reader's browser is already running when they
 * open a map, so the bench measures pages after that: it waits until the browser's processes use
 * (almost) no CPU for a quarter of a second, 5 s at most. Linux only (it reads /proc), as the
 * bench is.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const QUIET_MS = 250;
const QUIET_CPU_MS = 30;
const MOST_WAIT_MS = 5000;

/** CPU time (user + system, ms) of every process whose command line names `executable`. */
function cpuTimeMs(executable: string): number {
  let pids: string[];
  try {
    pids = execFileSync('pgrep', ['-f', executable], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return 0; // pgrep exits 1 when nothing matches
  }
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime and stime, in clock ticks of 10 ms.
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

export async function launchSettledBrowser(options: LaunchOptions & { executablePath: string }): Promise<Browser> {
  const browser = await chromium.launch(options);
  // Debian's /usr/bin/chromium is a script that runs /usr/lib/chromium/chromium: its processes are named so.
  const executable = options.executablePath === '/usr/bin/chromium' ? '/usr/lib/chromium/chromium' : options.executablePath;
  const started = Date.now();
  let before = cpuTimeMs(executable);
  while (Date.now() - started < MOST_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const now = cpuTimeMs(executable);
    if (now - before < QUIET_CPU_MS) break;
    before = now;
  }
  return browser;
}
