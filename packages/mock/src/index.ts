/**
 * @credit-bridge/mock — simulators of the platforms: pure state machines (`state/`), one router per platform
 * shared by msw (`msw/`) and node:http (`server/`). The vitest helper lives at `@credit-bridge/mock/vitest`.
 */

// In-process (msw) and standalone (node:http)
export {
  type CreditPlatformHandlersOptions,
  createCreditPlatformHandlers,
} from './msw/create-credit-platform-handlers.js';
export {
  createExchangePlatformHandlers,
  type ExchangePlatformHandlersOptions,
} from './msw/create-exchange-platform-handlers.js';
// The simulated platforms and their routers
export {
  type CreditPlatform,
  type CreditPlatformOptions,
  createCreditPlatform,
} from './platform/create-credit-platform.js';
export {
  createExchangePlatform,
  type ExchangePlatform,
  type ExchangePlatformOptions,
} from './platform/create-exchange-platform.js';
export type { PlatformHandles } from './platform/platform-handles.js';
export type { CommonPlatformOptions } from './platform/platform-options.js';
export { handleCreditRequest } from './router/handle-credit-request.js';
export { handleExchangeRequest } from './router/handle-exchange-request.js';
export {
  type MockRequest,
  type MockResponse,
  mockRequestFromUrl,
  type TransportFault,
} from './router/mock-request.js';
export type { AdminPlatforms } from './server/admin/admin-io.js';
export { handleAdminRequest } from './server/handle-admin-request.js';
export { type MockServer, type MockServerOptions, startMockServer } from './server/start-mock-server.js';

// State: auth, faults, journal, clock
export {
  type AuthFailure,
  type AuthOutcome,
  type AuthState,
  type AuthStateOptions,
  createAuthState,
  type SignedRequest,
} from './state/auth/create-auth-state.js';
export { DEMO_APP_KEY, DEMO_APP_SECRET, DEMO_APPS, type MockApp } from './state/auth/demo-apps.js';
export {
  createManualClock,
  type ManualClock,
  type MockClock,
  realSleep,
  type Sleep,
  systemClock,
} from './state/clock.js';
// State: the credit platform's data
export type { FeedItem, FeedPage } from './state/credit/change-feed.js';
export {
  type CreditState,
  type CreditStateOptions,
  type CreditStateSummary,
  createCreditState,
} from './state/credit/create-credit-state.js';
export type {
  BatchOutcome,
  BlacklistChange,
  Issue,
  RecordResult,
  RepairChange,
  SubjectKey,
} from './state/credit/credit-types.js';
export type {
  IssuedReport,
  ReportRequest,
  ReportTask,
  ReportVerification,
} from './state/credit/report-desk.js';
export { DEFAULT_REPORT_ISSUER, type ReportIssuer } from './state/credit/report-issuer.js';
export type { SeedSummary } from './state/credit/seed-credit-state.js';
// State: the exchange platform's departments, messages, inboxes, catalog, reports and queries
export {
  createExchangeState,
  type ExchangeState,
  type ExchangeStateOptions,
  type ExchangeStateSummary,
} from './state/exchange/create-exchange-state.js';
export {
  type CatalogEntry,
  type CatalogResource,
  EXCHANGE_CATALOG,
} from './state/exchange/exchange-catalog.js';
export {
  createDepartmentDirectory,
  DEMO_DEPARTMENTS,
  type DepartmentDirectory,
  EXCHANGE_PLATFORM_DEPARTMENT,
  type ExchangeDepartment,
} from './state/exchange/exchange-departments.js';
export type {
  ExchangeInboxes,
  InboxEntry,
  InboxMessage,
  InboxPage,
} from './state/exchange/exchange-inbox.js';
export type {
  PublishedMessage,
  PublishOutcome,
  ReceiptStatus,
  RefusalCode,
} from './state/exchange/exchange-types.js';
export type { HeldReport, ReportLibrary } from './state/exchange/report-library.js';
export type {
  LoggedQuery,
  SharedQueryAnswer,
  SharedQueryRequest,
} from './state/exchange/shared-query.js';
export { type SyntheticMessageOptions, syntheticMessage } from './state/exchange/synthetic-message.js';
export {
  createFaultPlan,
  DEFAULT_RANDOM_FAULTS,
  type FaultPlan,
  type FaultPlanSnapshot,
  type FaultProbabilityRule,
} from './state/faults/create-fault-plan.js';
export {
  FAULT_KINDS,
  type Fault,
  type FaultKind,
  type FaultRoute,
  type FaultSpec,
  type FaultTiming,
} from './state/faults/fault.js';
export { createJournal, type Journal } from './state/journal/create-journal.js';
export type { JournalEntry, JournalFilter } from './state/journal/journal-entry.js';
