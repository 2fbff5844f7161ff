/**
 * Debian's Chromium and the flags it needs on these machines (see ../shared/TOOLCHAIN.md): no
 * sandbox, GPU or background traffic. Shared by the real-browser tests and the benchmark.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
