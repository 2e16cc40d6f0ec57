import { authScenarios } from './scenarios/auth-scenarios.js';
import { batchScenarios } from './scenarios/batch-scenarios.js';
import { blacklistScenarios } from './scenarios/blacklist-scenarios.js';
import { faultScenarios } from './scenarios/fault-scenarios.js';
import { modeScenarios } from './scenarios/mode-scenarios.js';
import { repairAndReportScenarios } from './scenarios/repair-report-scenarios.js';
import { socketTransport } from './support/harness.js';

const transport = socketTransport();
authScenarios(transport);
batchScenarios(transport);
blacklistScenarios(transport);
repairAndReportScenarios(transport);
faultScenarios(transport);
modeScenarios(transport);
