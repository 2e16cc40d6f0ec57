import { DEMO_APP_SECRET } from '@credit-bridge/mock';
import type { ScenarioData } from './scenario.js';

/** The secret the fixtures' clients sign with; no event may contain it. */
export const DEMO_SECRET_FOR_SCAN = DEMO_APP_SECRET;

/**
 * The identity numbers and natural persons' names in a scenario's data: of natural-person subjects, and
 * of legal representatives (always persons). None of them may appear unmasked in an event.
 */
export function personalDataOf(data: ScenarioData): { idNumbers: string[]; personNames: string[] } {
  const idNumbers = new Set<string>();
  const personNames = new Set<string>();
  const records = [...data.blacklist, ...data.penalties, ...data.licenses, ...data.repairs];
  for (const { subject } of records) {
    if (subject.category === 'natural_person') {
      idNumbers.add(subject.idNumber);
      personNames.add(subject.name);
    } else {
      personNames.add(subject.legalRepresentative);
      if (subject.legalRepIdNumber !== undefined) idNumbers.add(subject.legalRepIdNumber);
      if (subject.category === 'individual_business') personNames.add(subject.name);
    }
  }
  return { idNumbers: [...idNumbers], personNames: [...personNames] };
}
