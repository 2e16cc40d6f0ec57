import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { createReportPoller, type ReportPoller } from '../report/create-report-poller.js';
import { readReportTaskState } from '../report/report-task-state.js';

/**
 * `reports.resume`: a poller for a report task from its saved state (`poller.state()`, parsed back from
 * JSON), in this process or another. Throws `E_ARGUMENT` for a state that is not one, or that was made
 * under another profile.
 *
 * @example
 * const poller = client.reports.resume(JSON.parse(saved));
 * const report = await poller.wait();
 */
export function resumeReport(caller: PlatformCaller, state: unknown): ReportPoller {
  return createReportPoller(caller, readReportTaskState(caller.profile, state), 'reports.resume');
}
