/**
 * Where the time went, from a Chromium trace and a V8 CPU profile: self time per trace event
 * type on each renderer thread, and self time per JavaScript function. Pure functions of the
 * JSON that Chromium writes.
 */

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

export interface ThreadSummary {
  readonly thread: string;
  /** Sum of the durations of the thread's outermost events, in ms. */
  readonly busyMs: number;
  /** Self time (own duration minus nested events') per event name, in ms, largest first. */
  readonly selfMs: readonly (readonly [string, number])[];
}

function eventsOf(trace: unknown): TraceEvent[] {
  const list = Array.isArray(trace) ? trace : (trace as { traceEvents?: unknown }).traceEvents;
  return Array.isArray(list) ? (list as TraceEvent[]) : [];
}

/** Self time by event name on the busiest renderer's threads and the GPU process's, busiest first. */
export function summariseTrace(trace: unknown, top = 12): ThreadSummary[] {
  const events = eventsOf(trace);
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  const main = [...byThread.keys()]
    .filter((k) => names.get(k) === 'CrRendererMain')
    .sort((a, b) => byThread.get(b)!.length - byThread.get(a)!.length)[0];
  if (!main) return [];
  const pid = main.split(':')[0];
  // The page's renderer (main thread, compositor, and the worker pool that rasterises tiles in
  // software), and the GPU process's threads. Threads of the same name are added together.
  const groups = new Map<string, string[]>();
  for (const key of byThread.keys()) {
    const name = names.get(key) ?? '';
    const ours = key.startsWith(`${pid}:`)
      ? /^(CrRendererMain|Compositor|CompositorTileWorker|ThreadPoolForegroundWorker)/.test(name)
      : name === 'CrGpuMain' || name === 'VizCompositorThread';
    if (!ours) continue;
    const label = key.startsWith(`${pid}:`) ? name : `${name} (GPU process)`;
    groups.set(label, [...(groups.get(label) ?? []), key]);
  }
  return [...groups.entries()]
    .map(([thread, keys]) => {
      const self = new Map<string, number>();
      let busy = 0;
      for (const key of keys) busy += selfTimes(byThread.get(key)!, self);
      const selfMs = [...self.entries()]
        .map(([name, us]) => [name, us / 1000] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, top);
      return { thread, busyMs: busy / 1000, selfMs };
    })
    .sort((a, b) => b.busyMs - a.busyMs);
}

/** Adds each event's self time (µs) to `self` by name; returns the thread's busy time (µs). */
function selfTimes(events: TraceEvent[], self: Map<string, number>): number {
  const list = events.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: { end: number; name: string; children: number; dur: number }[] = [];
  let busy = 0;
  const pop = () => {
    const done = stack.pop()!;
    self.set(done.name, (self.get(done.name) ?? 0) + done.dur - done.children);
  };
  for (const e of list) {
    while (stack.length > 0 && stack.at(-1)!.end <= e.ts) pop();
    const parent = stack.at(-1);
    if (parent) parent.children += e.dur!;
    else busy += e.dur!;
    stack.push({ end: e.ts + e.dur!, name: e.name, children: 0, dur: e.dur! });
  }
  while (stack.length > 0) pop();
  return busy;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** JavaScript self time per function (name, file and line), in ms, largest first. */
export function hotFunctions(profile: CpuProfile, top = 15): (readonly [string, number])[] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const f = nodes.get(id)?.callFrame;
    if (!f) return;
    const file = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
    // A sample's time is the gap to the next one.
    selfUs.set(key, (selfUs.get(key) ?? 0) + (deltas[i + 1] ?? 0));
  });
  return [...selfUs.entries()]
    .map(([k, us]) => [k, us / 1000] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
}
