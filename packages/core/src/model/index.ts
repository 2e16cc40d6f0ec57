export { CREDIT_SEVERITIES, CREDIT_SEVERITY_LABELS, type CreditSeverity } from './credit-severity.js';
