import type { ScenarioData } from './scenario.js';

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

/** An identity number with a plausible birth date anywhere in a text (GB 11643). */
export const RAW_ID_NUMBER =
  /(?<![0-9A-Z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX](?![0-9A-Z])/;
