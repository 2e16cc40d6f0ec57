import { checkIdNumber, checkOrgCode, checkUscc } from './identifier-rules.js';
import { readPath, readString } from './read-path.js';
import type { RuleContext } from './rule-context.js';

const SUBJECT = ['subject'] as const;

/**
 * The subject rules of domain reference §9.4: USCC valid (placeholder only with 工商注册号), prefix `92`
 * exactly for 个体工商户 (Hubei validator, §3.3), identity numbers valid when the type is 身份证, the
 * legal representative's document type and number given together.
 */
export function checkSubject(context: RuleContext): void {
  const { input, collector } = context;
  const category = readString(input, [...SUBJECT, 'category']);
  if (category === 'legal_person' || category === 'individual_business') {
    const uscc = checkUscc(context, [...SUBJECT, 'uscc']);
    if (uscc?.placeholder === true && isBlank(readString(input, [...SUBJECT, 'registrationNo']))) {
      collector.add(
        [...SUBJECT, 'registrationNo'],
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
        collector.add([...SUBJECT, 'uscc'], 'E_USCC_CATEGORY_MISMATCH', message);
      }
    }
    checkOrgCode(context, [...SUBJECT, 'orgCode']);
    checkPair(context);
    checkIdNumber(context, [...SUBJECT, 'legalRepIdType'], [...SUBJECT, 'legalRepIdNumber']);
  } else if (category === 'natural_person') {
    checkIdNumber(context, [...SUBJECT, 'idType'], [...SUBJECT, 'idNumber']);
  }
}

function checkPair(context: RuleContext): void {
  const type = readPath(context.input, [...SUBJECT, 'legalRepIdType']);
  const idNumber = readPath(context.input, [...SUBJECT, 'legalRepIdNumber']);
  if (type !== undefined && idNumber === undefined) {
    context.collector.add([...SUBJECT, 'legalRepIdNumber'], 'E_REQUIRED', 'is required with legalRepIdType');
  }
  if (type === undefined && idNumber !== undefined) {
    context.collector.add([...SUBJECT, 'legalRepIdType'], 'E_REQUIRED', 'is required with legalRepIdNumber');
  }
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}
