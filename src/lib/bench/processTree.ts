// Samples the memory of a process and all its descendants from /proc (Linux), for the peak memory of a whole build.
import { readFileSync, readdirSync } from 'node:fs';

export interface MemoryPeak {
  /** Highest sum of VmRSS over the process tree seen in one sample (processes running at the same time). */
  treeRssBytes: number;
  /** The largest VmHWM (the kernel's own peak RSS) of any single process of the tree, and which process it was. */
  processHwmBytes: number;
  processName: string;
  samples: number;
  intervalMs: number;
}

function readParent(pid: string): { ppid: number; name: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may itself hold spaces or parentheses: the fields after it follow the last ')'.
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    return { ppid: Number(fields[1]), name: stat.slice(stat.indexOf('(') + 1, close) };
  } catch {
    return undefined;
  }
}

/** What a process runs, e.g. `node scripts/build.ts` or `pagefind_extended` (the kernel's name of node's thread says less). */
function commandOf(pid: number, fallback: string): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const program = argv[0]?.split('/').pop() ?? fallback;
    const script = argv.slice(1).find((arg) => !arg.startsWith('-'));
    return script && /^node/.test(program) ? `${program} ${script}` : program;
  } catch {
    return fallback;
  }
}

function readMemory(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** The pid and its descendants that are alive now, each with its name. */
export function processTree(root: number): Map<number, string> {
  const children = new Map<number, { pid: number; name: string }[]>();
  let rootName = '';
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = readParent(entry);
    if (!parent) continue;
    const pid = Number(entry);
    if (pid === root) rootName = parent.name;
    const list = children.get(parent.ppid) ?? [];
    list.push({ pid, name: parent.name });
    children.set(parent.ppid, list);
  }
  const tree = new Map<number, string>([[root, rootName]]);
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (tree.has(child.pid)) continue;
      tree.set(child.pid, child.name);
      queue.push(child.pid);
    }
  }
  return tree;
}

/** Starts sampling; `stop()` takes a last sample and returns the peaks. A process that lives shorter than the interval can be missed. */
export function sampleMemory(root: number, intervalMs = 100): { stop: () => MemoryPeak } {
  const peak: MemoryPeak = { treeRssBytes: 0, processHwmBytes: 0, processName: '', samples: 0, intervalMs };
  const sample = (): void => {
    let sum = 0;
    for (const [pid, name] of processTree(root)) {
      const memory = readMemory(pid);
      if (!memory) continue;
      sum += memory.rss;
      if (memory.hwm > peak.processHwmBytes) {
        peak.processHwmBytes = memory.hwm;
        peak.processName = commandOf(pid, name);
      }
    }
    peak.samples += 1;
    peak.treeRssBytes = Math.max(peak.treeRssBytes, sum);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { ...peak };
    },
  };
}
