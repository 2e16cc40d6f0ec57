import { describe, expect, it } from 'vitest';
import { createMemoryProcessedStore } from '../../src/index.js';

describe('createMemoryProcessedStore', () => {
  it('remembers ids, seeded from an earlier run, in the order they were added', async () => {
    const store = createMemoryProcessedStore(['6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81']);
    expect(await store.has('6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81')).toBe(true);
    expect(await store.has('2c4e6a80-1b3d-4f5a-9c7e-8d0f2a4c6e81')).toBe(false);
    await store.add('2c4e6a80-1b3d-4f5a-9c7e-8d0f2a4c6e81');
    await store.add('2c4e6a80-1b3d-4f5a-9c7e-8d0f2a4c6e81');
    expect(store.size).toBe(2);
    expect(store.ids()).toEqual([
      '6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81',
      '2c4e6a80-1b3d-4f5a-9c7e-8d0f2a4c6e81',
    ]);
    expect(createMemoryProcessedStore(store.ids()).size).toBe(2);
  });
});
