import { redact } from '@credit-bridge/core';
import type { HttpEvent } from '@credit-bridge/http';

/** A batch is about to be sent: its place in the submission, its size and its idempotency key. */
export interface BatchEvent {
  type: 'batch';
  operation: string;
  /** Position of the batch in this call, from 1. */
  batch: number;
  batches: number;
  records: number;
  bytes: number;
  idempotencyKey: string;
}

/** Records the local pre-check kept back: they are reported as `rejected` and never sent. */
export interface PrecheckEvent {
  type: 'precheck';
  operation: string;
  /** Records (or subjects) checked and how many were kept back. */
  checked: number;
  rejected: number;
  /** The codes of the problems found, each once. */
  codes: string[];
}

/** A report task was polled. */
export interface PollEvent {
  type: 'poll';
  operation: string;
  taskId: string;
  status: 'pending' | 'ready' | 'failed';
  /** Polls of this task so far, this one included. */
  polls: number;
  /** The wait before the next poll, when the task is still pending. */
  nextDelayMs?: number;
}

/** A page of a change feed arrived. */
export interface PageEvent {
  type: 'page';
  operation: string;
  items: number;
  hasMore: boolean;
  /** The opaque cursor after this page, where a resumed feed continues. */
  nextCursor: string;
}

/** What the adapter adds to the transport's events. */
export type AdapterEvent = BatchEvent | PrecheckEvent | PollEvent | PageEvent;

/**
 * Every event a credit platform client emits: the transport's `request`, `response`, `retry` and `error`
 * (see `@credit-bridge/http`) and the adapter's `batch`, `precheck`, `poll` and `page`. All are redacted
 * at construction: identity numbers, persons' names and secrets never reach a listener.
 */
export type CreditPlatformEvent = HttpEvent | AdapterEvent;

/** Receives every event; a listener that throws is ignored, it never fails the call. */
export type OnCreditPlatformEvent = (event: CreditPlatformEvent) => void;

/**
 * Delivers an adapter event, redacted, without letting a failing listener break the call.
 *
 * @example
 * emitAdapterEvent(onEvent, { type: 'page', operation: 'blacklist.changes', items: 100, hasMore: true, nextCursor });
 */
export function emitAdapterEvent(onEvent: OnCreditPlatformEvent | undefined, event: AdapterEvent): void {
  if (onEvent === undefined) return;
  try {
    onEvent(redact(event));
  } catch {
    // A logging hook must not turn a successful call into a failure.
  }
}
