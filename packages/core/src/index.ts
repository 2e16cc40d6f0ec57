/**
 * @credit-bridge/core — the credit domain without I/O.
 *
 * Read this file as the table of contents: each line re-exports one area's explicit public surface
 * (the areas are listed alphabetically, as the formatter keeps them).
 */

// Working-day calendars with the State Council holiday tables (调休 included)
export * from './calendar/index.js';
// 国密 SM3 / SM4 and SHA-256: digests, HMACs, SM4-CBC sealing
export * from './crypto/index.js';
// CreditBridgeError (codes, redacted at construction) and RecordValidationError
export * from './errors/index.js';
// Identifiers: USCC (GB 32100), organisation code (GB 11714), identity number (GB 11643)
export * from './ids/index.js';
// Masking of identity numbers, names and phones; redact for every error and event
export * from './mask/index.js';
// Domain model: subjects, penalties, licences, blacklist entries, repairs, reports (zod schemas + types)
export * from './model/index.js';
// Exact money in integer fen, read and written in 元 / 万元
export * from './money/index.js';
// Platform profiles: paths, wire names, envelope and limits as data (decision 0003)
export * from './profile/index.js';
// Publication periods under versioned rule sets
export * from './publication/index.js';
// The credit-repair state machine with working-day deadlines
export * from './repair/index.js';
// Request signing as the contracts define it (shared by the HTTP client and the mock platforms)
export * from './signing/index.js';
// Calendar dates in Asia/Shanghai
export * from './time/index.js';
// Record validation: validateRecord returns issues as data
export * from './validate/index.js';
// Wire mapping: English names ⇄ national wire names, code tables, generation-1 converter, exchange XML codec
export * from './wire/index.js';
