/**
 * How serious a piece of dishonesty information is (失信程度), per 国办发〔2025〕22号 and the 2026 measure:
 * 轻微 minor, 一般 general, 严重 serious. The wire carries the Chinese words.
 */
export const CREDIT_SEVERITIES = ['minor', 'general', 'serious'] as const;

/** One of {@link CREDIT_SEVERITIES}. */
export type CreditSeverity = (typeof CREDIT_SEVERITIES)[number];

/** The Chinese word each severity travels as. */
export const CREDIT_SEVERITY_LABELS: Readonly<Record<CreditSeverity, string>> = {
  minor: '轻微',
  general: '一般',
  serious: '严重',
};
