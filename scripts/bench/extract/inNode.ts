/** Timing the engines in this Node process, on the main thread, with performance.now(). */
import type { EngineName } from './engines';
import { benchDocument, prepareEngine } from './engines';
import type { BenchText } from './inputs';
import { timing, warmUp, type RunPlan, type Timing } from './plan';

export interface NodeTiming extends Timing {
  /** Time expressions or drafted events: shows the run did real work. */
  readonly outputs: number;
}

export async function timeInNode(engine: EngineName, text: BenchText, plan: RunPlan): Promise<NodeTiming> {
  const run = prepareEngine(engine, benchDocument(text.text), text.date);
  let outputs = 0;
  await warmUp(plan, run);
  const samplesMs: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const t0 = performance.now();
    outputs = run().outputs;
    samplesMs.push(performance.now() - t0);
  }
  return { ...timing(samplesMs), outputs };
}
