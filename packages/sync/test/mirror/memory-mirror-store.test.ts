import { createMemoryMirrorStore, type MirrorStore } from '../../src/index.js';
import { describeMirrorStoreContract } from './mirror-store-contract.js';

describeMirrorStoreContract('memory', {
  persistent: false,
  async create() {
    let store: MirrorStore | undefined;
    // A memory store is its own location: a second open while it is open is a second handle on it.
    return {
      open: async () => {
        store ??= createMemoryMirrorStore();
        return store;
      },
      cleanup: async () => {},
    };
  },
});
