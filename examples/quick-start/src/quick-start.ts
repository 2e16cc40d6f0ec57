import {
  computePublicationPeriod,
  maskIdNumber,
  type PenaltyRecord,
  validateIdNumber,
  validateRecord,
  validateUscc,
} from '@credit-bridge/core';
import { createRandom, generatePenaltyRecord, SYNTHETIC_TODAY } from '@credit-bridge/core/testing';

/**
 * The quick start: what a district system does before approving something — check the identifiers it was
 * given, check a record before pushing it, and work out when a penalty may be repaired. Synthetic data only.
 * Returns the lines it would print, so a test can run it too.
 */
export function runQuickStart(seed = 2026): string[] {
  const lines: string[] = [];
  const random = createRandom(seed);
  const penalty: PenaltyRecord = generatePenaltyRecord(random, { severity: 'general' });
  const uscc = penalty.subject.category === 'natural_person' ? '91350100M000100Y43' : penalty.subject.uscc;

  lines.push('credit-bridge quick start (synthetic data)');
  const usccResult = validateUscc(uscc);
  lines.push(`  USCC ${uscc}: ${usccResult.ok ? 'valid' : `${usccResult.code} ${usccResult.message}`}`);
  const typo = `${uscc.slice(0, 17)}${uscc.endsWith('0') ? '1' : '0'}`;
  const typoResult = validateUscc(typo);
  lines.push(`  USCC ${typo}: ${typoResult.ok ? 'valid' : typoResult.code}`);

  const id = '11010519491231002X';
  const idResult = validateIdNumber(` ${id.toLowerCase()} `);
  lines.push(
    `  ID ${maskIdNumber(id)} (typed in lowercase, with spaces): ${idResult.ok ? 'valid' : idResult.code}`,
  );

  const checked = validateRecord('penalty', penalty, { today: SYNTHETIC_TODAY });
  lines.push(
    `  penalty ${penalty.recordId}: ${checked.ok ? 'valid' : checked.issues.map((i) => i.code).join(', ')}`,
  );
  const broken = validateRecord(
    'penalty',
    { ...penalty, decisionDate: '2099-01-01' },
    { today: SYNTHETIC_TODAY },
  );
  if (!broken.ok) {
    for (const issue of broken.issues)
      lines.push(`  rejected: ${issue.path.join('.')} ${issue.code} — ${issue.message}`);
  }

  const period = computePublicationPeriod({
    recordType: 'penalty',
    decisionDate: penalty.decisionDate,
    severity: penalty.severity ?? 'general',
    penaltyKinds: penalty.kinds,
  });
  lines.push(
    `  decided ${penalty.decisionDate} under ${period.ruleSet}: repairable from ${period.earliestRepairDate ?? '—'}, publication ends ${period.autoExpiryDate ?? '—'}`,
  );
  return lines;
}
