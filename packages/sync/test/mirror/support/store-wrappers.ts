import type { MirrorChanges, MirrorStore } from '../../../src/index.js';

/** A store that records every step it applied. */
export function recordingStore(inner: MirrorStore, applied: MirrorChanges[]): MirrorStore {
  return {
    ...inner,
    async apply(changes) {
      await inner.apply(changes);
      applied.push(structuredClone(changes));
    },
  };
}

/**
 * A store whose process "dies" before its step number `after + 1`: that step and every later one fail
 * without touching the inner store, as if the process had been killed between two pages.
 */
export function crashingStore(inner: MirrorStore, after: number): MirrorStore {
  let steps = 0;
  return {
    ...inner,
    async apply(changes) {
      steps += 1;
      if (steps > after) throw new Error('simulated crash between pages');
      await inner.apply(changes);
    },
  };
}
