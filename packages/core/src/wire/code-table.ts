/**
 * A code table (码表) between stable TypeScript keys and the words that travel on the wire.
 * `toWire` gives the canonical word; `fromWire` also accepts the key itself and documented synonyms.
 */
export interface CodeTable<Key extends string> {
  /** The table's name, e.g. `subjectCategory`. */
  readonly name: string;
  readonly keys: readonly Key[];
  /** The canonical wire word of a key. */
  toWire(key: Key): string;
  /** The key a wire word, key or synonym stands for; `undefined` when unknown. */
  fromWire(word: string): Key | undefined;
}

// Input from spreadsheets and forms carries full-width brackets and stray spaces (U+3000 included).
const SPACES = /[\s\u200B-\u200D\u2060]/g;

/**
 * Brings a wire word to the form code tables compare: no whitespace, full-width ASCII forms as ASCII,
 * Latin letters lower-cased.
 *
 * @example
 * normalizeWireWord(' （罚款） '); // '(罚款)'
 */
export function normalizeWireWord(word: string): string {
  return word
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(SPACES, '')
    .toLowerCase();
}

/**
 * Builds a {@link CodeTable} from the canonical words and optional synonyms accepted on input.
 *
 * @example
 * const table = createCodeTable('licenseStatus', { valid: '1', invalid: '2' }, { 有效: 'valid', 无效: 'invalid' });
 * table.fromWire('有效'); // 'valid'
 */
export function createCodeTable<Key extends string>(
  name: string,
  words: Readonly<Record<Key, string>>,
  synonyms: Readonly<Record<string, NoInfer<Key>>> = {},
): CodeTable<Key> {
  const keys = Object.keys(words) as Key[];
  const lookup = new Map<string, Key>();
  for (const [word, key] of Object.entries(synonyms) as [string, Key][])
    lookup.set(normalizeWireWord(word), key);
  for (const key of keys) lookup.set(normalizeWireWord(key), key);
  // Canonical words win over synonyms and keys if a spelling collides.
  for (const key of keys) lookup.set(normalizeWireWord(words[key]), key);
  return {
    name,
    keys,
    toWire: (key) => words[key],
    // The lookup's keys are normalised words and normalising is idempotent, so a word found as it is
    // is found the same after normalising: the exact probe only skips the regular expressions.
    fromWire: (word) => lookup.get(word) ?? lookup.get(normalizeWireWord(word)),
  };
}
