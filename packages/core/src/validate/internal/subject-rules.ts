import { checkIdNumber, checkOrgCode, checkUscc } from './identifier-rules.js';
import { readPath, readString } from './read-path.js';
import type { RuleContext } from './rule-context.js';

// The subject's paths, made once: the collector copies a path it keeps.
const CATEGORY = ['subject', 'category'] as const;
const USCC = ['subject', 'uscc'] as const;
const REGISTRATION_NO = ['subject', 'registrationNo'] as const;
const ORG_CODE = ['subject', 'orgCode'] as const;
const LEGAL_REP_ID_TYPE = ['subject', 'legalRepIdType'] as const;
const LEGAL_REP_ID_NUMBER = ['subject', 'legalRepIdNumber'] as const;
const ID_TYPE = ['subject', 'idType'] as const;
const ID_NUMBER = ['subject', 'idNumber'] as const;

/**
 * The subject rules of domain reference §9.4: USCC valid (placeholder only with 工商注册号), prefix `92`
 * exactly for 个体工商户 (Hubei validator, §3.3), identity numbers valid when the type is 身份证, the
 * legal representative's document type and number given together.
 */
export function checkSubject(context: RuleContext): void {
  const { input, collector } = context;
  const category = readString(input, CATEGORY);
  if (category === 'legal_person' || category === 'individual_business') {
    const uscc = checkUscc(context, USCC);
    if (uscc?.placeholder === true && isBlank(readString(input, REGISTRATION_NO))) {
      collector.add(
        REGISTRATION_NO,
        'E_PLACEHOLDER_NEEDS_REGISTRATION',
        'is required when the USCC is the 17×0+X placeholder',
      );
    }
    if (uscc !== undefined && !uscc.placeholder) {
      const individual = uscc.value.startsWith('92');
      if (individual !== (category === 'individual_business')) {
        const message = individual
          ? 'starts 92, the code of an individual business (个体工商户), but the category is legal_person'
          : 'must start 92 for an individual business (个体工商户)';
        collector.add(USCC, 'E_USCC_CATEGORY_MISMATCH', message);
      }
    }
    checkOrgCode(context, ORG_CODE);
    checkPair(context);
    checkIdNumber(context, LEGAL_REP_ID_TYPE, LEGAL_REP_ID_NUMBER);
  } else if (category === 'natural_person') {
    checkIdNumber(context, ID_TYPE, ID_NUMBER);
  }
}

function checkPair(context: RuleContext): void {
  const type = readPath(context.input, LEGAL_REP_ID_TYPE);
  const idNumber = readPath(context.input, LEGAL_REP_ID_NUMBER);
  if (type !== undefined && idNumber === undefined) {
    context.collector.add(LEGAL_REP_ID_NUMBER, 'E_REQUIRED', 'is required with legalRepIdType');
  }
  if (type === undefined && idNumber !== undefined) {
    context.collector.add(LEGAL_REP_ID_TYPE, 'E_REQUIRED', 'is required with legalRepIdNumber');
  }
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}
