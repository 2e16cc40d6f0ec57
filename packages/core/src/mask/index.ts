export { type IdMaskStyle, maskIdNumber } from './mask-id-number.js';
export { maskName } from './mask-name.js';
export { maskPhone } from './mask-phone.js';
export { redact, redactText } from './redact.js';
