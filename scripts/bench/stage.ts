/** Where a run is, for --verbose logs and for saying where a stuck run was stuck. */

let verbose = false;
let runStarted = Date.now();
let current = '';

export function setVerbose(on: boolean): void {
  verbose = on;
}

export function startRun(): void {
  runStarted = Date.now();
}

export function stage(what: string): void {
  current = what;
  if (verbose) process.stderr.write(`    ${((Date.now() - runStarted) / 1000).toFixed(1)} s: ${what}\n`);
}

export function currentStage(): string {
  return current;
}
