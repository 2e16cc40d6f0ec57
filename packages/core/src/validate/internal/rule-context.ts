import type { IdCheckMode } from '../../ids/id-issue.js';
import type { CalendarDate } from '../../time/calendar-date.js';
import type { IssueCollector } from './issue-collector.js';

/** What every cross-field rule reads: the raw input, the options, and where to put issues. */
export interface RuleContext {
  /** The record as given, not yet known to be well-formed: rules read it defensively. */
  readonly input: unknown;
  readonly today: CalendarDate;
  readonly idMode: IdCheckMode;
  readonly collector: IssueCollector;
}
