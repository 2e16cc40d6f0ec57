/**
 * @credit-bridge/core — the credit domain without I/O.
 *
 * Read this file as the table of contents: each group re-exports one area's explicit public surface.
 */

export * from './calendar/index.js';
export * from './crypto/index.js';
export * from './errors/index.js';
// Identifiers: USCC (GB 32100), organisation code (GB 11714), identity number (GB 11643)
export * from './ids/index.js';
// Platform profiles: paths, wire names, envelope and limits as data (decision 0003)
export * from './profile/index.js';

// Request signing as the contracts define it (shared by the HTTP client and the mock platforms)
export * from './signing/index.js';

// Masking, errors and 国密 crypto
export * from './mask/index.js';
// Domain model: subjects, penalties, licences, blacklist entries, repairs, reports (zod schemas + types)
export * from './model/index.js';
export * from './money/index.js';
// Publication periods, working-day calendars and the repair state machine
export * from './publication/index.js';
export * from './repair/index.js';
// Calendar dates (Asia/Shanghai) and exact money in 元 / 万元
export * from './time/index.js';
// Record validation: validateRecord returns issues as data
export * from './validate/index.js';
// Wire mapping: English names ⇄ national wire names, code tables, generation-1 converter
export * from './wire/index.js';
