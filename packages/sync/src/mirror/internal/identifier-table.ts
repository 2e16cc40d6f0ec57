/**
 * A hash table from identifiers to a value and a number each, for the mirror's lookups. A key of up to
 * 18 characters from `0-9A-Z` (every USCC and ID number in machine form) is packed into two numbers and
 * kept, with its number, in one flat open-addressing array: a lookup reads one cache line to answer a
 * miss, and that line already holds the number a hit is judged by, where a `Map` also follows the
 * stored key string to compare it and the value to read anything of it. Other keys live in plain maps.
 */
export interface IdentifierTable<V> {
  /** The value of `key`; its number is then in {@link IdentifierTable.mark}. */
  get(key: string): V | undefined;
  /** The number stored with the key of the last `get` that found one. */
  readonly mark: number;
  set(key: string, value: V, mark: number): void;
  delete(key: string): boolean;
  clear(): void;
  readonly size: number;
}

// Nine characters of 37 values (0 = none, then 0-9 and A-Z) fit a double exactly: 37^9 < 2^53.
const HALF = 9;

// A slot is four doubles: the two halves, the mark, and padding that keeps two slots to a cache line.
const STRIDE = 4;
// Slot markers in the high half; a packed half is never negative.
const EMPTY = -1;
const DELETED = -2;
const MIN_CAPACITY = 16;

/**
 * Creates an empty {@link IdentifierTable}, kept at most half full so that a miss ends within a probe or
 * two.
 *
 * @example
 * const table = createIdentifierTable<MirrorBucket>();
 * table.set('91420102MA4KX0001B', entries, expiresAt);
 * table.get('91420102MA4KX0001B'); // entries, with table.mark === expiresAt
 */
export function createIdentifierTable<V>(): IdentifierTable<V> {
  let capacity = MIN_CAPACITY;
  let keys = emptyKeys(capacity);
  let values: (V | undefined)[] = new Array(capacity).fill(undefined);
  let packedSize = 0;
  let deleted = 0;
  const others = new Map<string, V>();
  const otherMarks = new Map<string, number>();
  let mark = 0;
  // The packed form of the key last handed to `pack`: two halves and the hash, without allocating.
  let high = 0;
  let low = 0;
  let hash = 0;

  function pack(key: string): boolean {
    const length = key.length;
    if (length === 0 || length > 2 * HALF) return false;
    let half = 0;
    for (let index = 0; index < 2 * HALF; index += 1) {
      let value = 0;
      if (index < length) {
        const code = key.charCodeAt(index);
        if (code >= 48 && code <= 57) value = code - 47;
        else if (code >= 65 && code <= 90) value = code - 54;
        else return false;
      }
      half = half * 37 + value;
      if (index === HALF - 1) {
        high = half;
        half = 0;
      }
    }
    low = half;
    hash = hashOf(high, low);
    return true;
  }

  // The slot holding the packed key, or -1.
  function find(): number {
    const mask = capacity - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = keys[slot * STRIDE] as number;
      if (stored === EMPTY) return -1;
      if (stored === high && keys[slot * STRIDE + 1] === low) return slot;
    }
  }

  function insert(value: V, number: number): void {
    const mask = capacity - 1;
    let reuse = -1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = keys[slot * STRIDE] as number;
      if (stored === EMPTY) {
        const at = reuse === -1 ? slot : reuse;
        if (reuse !== -1) deleted -= 1;
        keys[at * STRIDE] = high;
        keys[at * STRIDE + 1] = low;
        keys[at * STRIDE + 2] = number;
        values[at] = value;
        packedSize += 1;
        return;
      }
      if (stored === DELETED) {
        if (reuse === -1) reuse = slot;
      } else if (stored === high && keys[slot * STRIDE + 1] === low) {
        keys[slot * STRIDE + 2] = number;
        values[slot] = value;
        return;
      }
    }
  }

  // Rebuilds the array at a size that leaves it at most a quarter full, dropping deleted slots.
  function rebuild(): void {
    const oldKeys = keys;
    const oldValues = values;
    const oldCapacity = capacity;
    capacity = MIN_CAPACITY;
    while (capacity < packedSize * 4) capacity *= 2;
    keys = emptyKeys(capacity);
    values = new Array(capacity).fill(undefined);
    packedSize = 0;
    deleted = 0;
    const mask = capacity - 1;
    for (let slot = 0; slot < oldCapacity; slot += 1) {
      const stored = oldKeys[slot * STRIDE] as number;
      if (stored < 0) continue;
      high = stored;
      low = oldKeys[slot * STRIDE + 1] as number;
      let at = hashOf(high, low) & mask;
      while (keys[at * STRIDE] !== EMPTY) at = (at + 1) & mask;
      keys[at * STRIDE] = high;
      keys[at * STRIDE + 1] = low;
      keys[at * STRIDE + 2] = oldKeys[slot * STRIDE + 2] as number;
      values[at] = oldValues[slot];
      packedSize += 1;
    }
  }

  return {
    get(key) {
      if (!pack(key)) {
        const value = others.get(key);
        if (value !== undefined) mark = otherMarks.get(key) as number;
        return value;
      }
      const slot = find();
      if (slot === -1) return undefined;
      mark = keys[slot * STRIDE + 2] as number;
      return values[slot];
    },
    get mark() {
      return mark;
    },
    set(key, value, number) {
      if (!pack(key)) {
        others.set(key, value);
        otherMarks.set(key, number);
        return;
      }
      if ((packedSize + deleted + 1) * 2 > capacity) {
        // Rebuilding reuses the packed-key scratch: pack the key again after it.
        rebuild();
        pack(key);
      }
      insert(value, number);
    },
    delete(key) {
      if (!pack(key)) {
        otherMarks.delete(key);
        return others.delete(key);
      }
      const slot = find();
      if (slot === -1) return false;
      keys[slot * STRIDE] = DELETED;
      keys[slot * STRIDE + 1] = 0;
      values[slot] = undefined;
      packedSize -= 1;
      deleted += 1;
      return true;
    },
    clear() {
      capacity = MIN_CAPACITY;
      keys = emptyKeys(capacity);
      values = new Array(capacity).fill(undefined);
      packedSize = 0;
      deleted = 0;
      others.clear();
      otherMarks.clear();
    },
    get size() {
      return packedSize + others.size;
    },
  };
}

function emptyKeys(capacity: number): Float64Array {
  return new Float64Array(capacity * STRIDE).fill(EMPTY);
}

// Mixes both halves, all of their bits (a half has up to 47), into a well-spread 32-bit hash.
function hashOf(high: number, low: number): number {
  let h = Math.imul((high | 0) ^ ((high / 4294967296) | 0), 0x9e3779b1);
  h ^= Math.imul((low | 0) ^ ((low / 4294967296) | 0), 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}
