export { REPAIR_STATUSES, type RepairStatus } from './repair-status.js';
