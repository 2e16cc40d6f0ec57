import { createMemoryStateStore, type StateStore } from '../../src/index.js';
import { describeStateStoreContract } from '../state-store-contract.js';

describeStateStoreContract('memory', {
  persistent: false,
  async create() {
    let store: StateStore | undefined;
    // A memory store is its own location: a second open while it is open is a second handle on it.
    return {
      open: async () => {
        store ??= createMemoryStateStore();
        return store;
      },
      cleanup: async () => {},
    };
  },
});
