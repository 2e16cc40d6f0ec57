import { addDays, type CalendarDate, compareDates } from '../time/index.js';
import type { HolidayTable, HolidayYear } from './holiday-table.js';

/** Every day from `first` to `last`, both included. */
function span(first: CalendarDate, last: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = first; compareDates(day, last) <= 0; day = addDays(day, 1)) days.push(day);
  return days;
}

function year(entry: {
  year: number;
  source: string;
  rest: readonly (readonly [CalendarDate, CalendarDate])[];
  workdays: readonly CalendarDate[];
}): HolidayYear {
  return {
    year: entry.year,
    holidays: entry.rest.flatMap(([first, last]) => span(first, last)),
    workdays: entry.workdays,
    source: entry.source,
  };
}

/**
 * Official rest days and make-up working days of mainland China from the State Council General Office's
 * yearly notices (国务院办公厅关于某年部分节假日安排的通知), 2021 to 2026. Holidays are whole ranges as the
 * notices give them ("X月X日至Y日放假调休"); "与周末连休" weekends are ordinary rest days and not listed.
 *
 * Not covered: 2020 and earlier — the 2020 Spring Festival break was extended by a separate emergency notice
 * that was not sourced, so no year before 2021 is shipped; 2027 onwards had not been published when this was
 * written. Outside 2021–2026 a calendar built on this table knows weekends only (see `covers`).
 */
export const CHINA_HOLIDAYS: HolidayTable = [
  // 国办发明电〔2020〕27号, 2020-11-25
  year({
    year: 2021,
    source: '国办发明电〔2020〕27号',
    rest: [
      ['2021-01-01', '2021-01-03'],
      ['2021-02-11', '2021-02-17'],
      ['2021-04-03', '2021-04-05'],
      ['2021-05-01', '2021-05-05'],
      ['2021-06-12', '2021-06-14'],
      ['2021-09-19', '2021-09-21'],
      ['2021-10-01', '2021-10-07'],
    ],
    workdays: [
      '2021-02-07',
      '2021-02-20',
      '2021-04-25',
      '2021-05-08',
      '2021-09-18',
      '2021-09-26',
      '2021-10-09',
    ],
  }),
  // 国办发明电〔2021〕11号, 2021-10-25
  year({
    year: 2022,
    source: '国办发明电〔2021〕11号',
    rest: [
      ['2022-01-01', '2022-01-03'],
      ['2022-01-31', '2022-02-06'],
      ['2022-04-03', '2022-04-05'],
      ['2022-04-30', '2022-05-04'],
      ['2022-06-03', '2022-06-05'],
      ['2022-09-10', '2022-09-12'],
      ['2022-10-01', '2022-10-07'],
    ],
    workdays: [
      '2022-01-29',
      '2022-01-30',
      '2022-04-02',
      '2022-04-24',
      '2022-05-07',
      '2022-10-08',
      '2022-10-09',
    ],
  }),
  // 国办发明电〔2022〕16号, 2022-12-08
  year({
    year: 2023,
    source: '国办发明电〔2022〕16号',
    rest: [
      ['2022-12-31', '2023-01-02'],
      ['2023-01-21', '2023-01-27'],
      ['2023-04-05', '2023-04-05'],
      ['2023-04-29', '2023-05-03'],
      ['2023-06-22', '2023-06-24'],
      ['2023-09-29', '2023-10-06'],
    ],
    workdays: [
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ],
  }),
  // 国办发明电〔2023〕7号, 2023-10-25. 除夕 2024-02-09 is only "encouraged" as leave: a working day.
  year({
    year: 2024,
    source: '国办发明电〔2023〕7号',
    rest: [
      ['2024-01-01', '2024-01-01'],
      ['2024-02-10', '2024-02-17'],
      ['2024-04-04', '2024-04-06'],
      ['2024-05-01', '2024-05-05'],
      ['2024-06-10', '2024-06-10'],
      ['2024-09-15', '2024-09-17'],
      ['2024-10-01', '2024-10-07'],
    ],
    workdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  }),
  // 国办发明电〔2024〕12号, 2024-11-12 (first year under the 2024 revision of 全国年节及纪念日放假办法)
  year({
    year: 2025,
    source: '国办发明电〔2024〕12号',
    rest: [
      ['2025-01-01', '2025-01-01'],
      ['2025-01-28', '2025-02-04'],
      ['2025-04-04', '2025-04-06'],
      ['2025-05-01', '2025-05-05'],
      ['2025-05-31', '2025-06-02'],
      ['2025-10-01', '2025-10-08'],
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  }),
  // 国办发明电〔2025〕7号, 2025-11-04 (text from Xinhua reprints; the number from a reprint of the notice)
  year({
    year: 2026,
    source: '国办发明电〔2025〕7号',
    rest: [
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  }),
];
