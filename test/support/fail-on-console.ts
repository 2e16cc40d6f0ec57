import { afterEach, beforeEach } from 'vitest';

// A test that prints is either debugging left behind or a library logging where it should emit events.
// Either way the suite fails, so output stays the domain of reporters (STYLE habit 20).
const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Method = (typeof methods)[number];

const originals = new Map<Method, (...args: unknown[]) => void>();
let stray: string[] = [];

beforeEach(() => {
  stray = [];
  for (const method of methods) {
    originals.set(method, console[method]);
    console[method] = (...args: unknown[]) => {
      stray.push(`console.${method}: ${args.map((a) => String(a)).join(' ')}`);
    };
  }
});

afterEach(() => {
  for (const [method, original] of originals) console[method] = original;
  if (stray.length > 0) {
    const found = stray;
    stray = [];
    throw new Error(`Stray console output in test:\n${found.join('\n')}`);
  }
});
