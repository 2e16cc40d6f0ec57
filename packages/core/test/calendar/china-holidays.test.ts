import { describe, expect, it } from 'vitest';
import { CHINA_HOLIDAYS, createWorkingDayCalendar, dayOfWeek } from '../../src/index.js';

const calendar = createWorkingDayCalendar();

describe('CHINA_HOLIDAYS', () => {
  it('ships 2021 to 2026, each year citing its State Council notice', () => {
    expect(CHINA_HOLIDAYS.map((entry) => entry.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const entry of CHINA_HOLIDAYS) expect(entry.source).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
    expect(CHINA_HOLIDAYS.find((entry) => entry.year === 2026)?.source).toBe('国办发明电〔2025〕7号');
  });

  it('lists make-up working days only on weekends, and they are working days', () => {
    for (const entry of CHINA_HOLIDAYS) {
      for (const date of entry.workdays) {
        expect([0, 6], `${date} (${entry.source})`).toContain(dayOfWeek(date));
        expect(calendar.isWorkingDay(date)).toBe(true);
      }
    }
  });

  it('makes every listed holiday a rest day', () => {
    for (const entry of CHINA_HOLIDAYS) {
      for (const date of entry.holidays) expect(calendar.isWorkingDay(date), date).toBe(false);
    }
  });

  it.each([
    // 2021: 国办发明电〔2020〕27号
    ['2021-02-11', false],
    ['2021-02-07', true],
    ['2021-09-18', true],
    // 2022: 国办发明电〔2021〕11号
    ['2022-01-31', false],
    ['2022-01-29', true],
    ['2022-10-09', true],
    // 2023: 国办发明电〔2022〕16号
    ['2023-01-02', false],
    ['2023-06-23', false],
    ['2023-06-25', true],
    ['2023-10-06', false],
    // 2024: 国办发明电〔2023〕7号; 除夕 02-09 is a working day
    ['2024-02-09', true],
    ['2024-02-12', false],
    ['2024-02-04', true],
    ['2024-02-18', true],
    ['2024-05-11', true],
    ['2024-09-16', false],
    // 2025: 国办发明电〔2024〕12号
    ['2025-01-28', false],
    ['2025-01-26', true],
    ['2025-02-08', true],
    ['2025-04-27', true],
    ['2025-06-02', false],
    ['2025-10-08', false],
    ['2025-10-11', true],
    // 2026: 国办发明电〔2025〕7号
    ['2026-01-02', false],
    ['2026-01-04', true],
    ['2026-02-16', false],
    ['2026-02-23', false],
    ['2026-02-14', true],
    ['2026-02-28', true],
    ['2026-05-09', true],
    ['2026-09-25', false],
    ['2026-09-20', true],
    ['2026-10-10', true],
  ])('%s is a working day: %s', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });
});
