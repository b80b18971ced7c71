// CPU and memory of a Chromium instance from /proc: every process descended from the browser
// process that owns `userDataDir`. CPU is utime+stime ticks; memory is PSS from smaps_rollup.
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SEC = 100; // Linux USER_HZ

function stat(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return null;
  }
}

/** All pids of the Chromium instance using `userDataDir`. */
export function chromiumPids(userDataDir) {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const roots = all.filter((pid) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return cmd.includes(userDataDir) && !cmd.includes('--type=');
    } catch {
      return false;
    }
  });
  const children = new Map();
  for (const pid of all) {
    const s = stat(pid);
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), Number(pid)]);
  }
  const out = new Set(roots.map(Number));
  const queue = [...out];
  while (queue.length) {
    for (const c of children.get(queue.pop()) ?? []) {
      if (out.has(c)) continue;
      out.add(c);
      queue.push(c);
    }
  }
  return [...out];
}

/** Total CPU ticks so far; processes that ended are remembered so their time still counts. */
export function cpuMeter(userDataDir) {
  const last = new Map();
  const sample = () => {
    for (const pid of chromiumPids(userDataDir)) {
      const s = stat(pid);
      if (s) last.set(pid, s.ticks);
    }
    let total = 0;
    for (const t of last.values()) total += t;
    return total;
  };
  let t0 = sample();
  let w0 = Date.now();
  return {
    reset() {
      t0 = sample();
      w0 = Date.now();
    },
    tick: sample,
    /** Percent of one core since the last reset. */
    pct() {
      const ticks = sample() - t0;
      return (100 * ticks) / TICKS_PER_SEC / ((Date.now() - w0) / 1000);
    },
  };
}

/** PSS in MB of the whole instance, or with `extensionOnly` of its extension processes only. */
export function pssMb(userDataDir, extensionOnly = false) {
  let kb = 0;
  for (const pid of chromiumPids(userDataDir)) {
    if (extensionOnly) {
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process')) continue;
      } catch {
        continue;
      }
    }
    try {
      const m = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
      if (m) kb += Number(m[1]);
    } catch {
      /* process ended */
    }
  }
  return kb / 1024;
}

/**
 * PSS split of the extension processes (or the whole instance): `anon` (JS, wasm and C++ heaps),
 * `shmem` (shared-memory regions: discardable caches, video and GPU transfer buffers) and `file`
 * (mapped Chromium binary and fonts, shared with every other Chromium process). In MB.
 * @returns {{ pss: number, anon: number, shmem: number, file: number, processes: number }}
 */
export function pssParts(userDataDir, extensionOnly = true) {
  const out = { pss: 0, anon: 0, shmem: 0, file: 0, processes: 0 };
  const keys = { pss: 'Pss', anon: 'Pss_Anon', shmem: 'Pss_Shmem', file: 'Pss_File' };
  for (const pid of chromiumPids(userDataDir)) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (extensionOnly && !cmd.includes('--extension-process')) continue;
      const m = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      for (const [k, name] of Object.entries(keys)) {
        const v = m.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'));
        if (v) out[k] += Number(v[1]) / 1024;
      }
      out.processes += 1;
    } catch {
      /* process ended */
    }
  }
  return out;
}
