export { createRandom, type Random } from './create-random.js';
export { generateCompanyName } from './generate-company-name.js';
export { type GenerateIdNumberOptions, generateIdNumber } from './generate-id-number.js';
export { generateOrgCode } from './generate-org-code.js';
export { generatePersonName } from './generate-person-name.js';
export { type GenerateUsccOptions, generateUscc } from './generate-uscc.js';
export { WUHAN_DISTRICT_CODES } from './wuhan-district-codes.js';
