import { describe, expect, it } from 'vitest';
import { isPublicationActive, type PublicationInput } from '../../src/index.js';

describe('isPublicationActive', () => {
  const general: PublicationInput = {
    recordType: 'penalty',
    decisionDate: '2025-07-15',
    severity: 'general',
  };

  it('is active from the decision date up to the day before automatic expiry', () => {
    expect(isPublicationActive(general, '2025-07-14')).toBe(false);
    expect(isPublicationActive(general, '2025-07-15')).toBe(true);
    expect(isPublicationActive(general, '2026-07-14')).toBe(true);
    expect(isPublicationActive(general, '2026-07-15')).toBe(false);
  });

  it('is never active for unpublished minor information', () => {
    const minor: PublicationInput = { ...general, severity: 'minor' };
    expect(isPublicationActive(minor, '2025-08-01')).toBe(false);
    expect(isPublicationActive({ ...minor, publishMinor: true }, '2025-08-01')).toBe(true);
    expect(isPublicationActive({ ...minor, publishMinor: true }, '2025-10-15')).toBe(false);
  });

  it('follows the Wuhan 5-year rule when asked for', () => {
    const wuhan: PublicationInput = { ...general, ruleSet: 'wuhan-2016-5y' };
    expect(isPublicationActive(wuhan, '2030-07-14')).toBe(true);
    expect(isPublicationActive(general, '2030-07-14')).toBe(false);
  });
});
