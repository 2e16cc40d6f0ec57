export { CHINA_HOLIDAYS } from './china-holidays.js';
export {
  createWorkingDayCalendar,
  type WorkingDayCalendar,
  type WorkingDayCalendarOptions,
} from './create-working-day-calendar.js';
export type { HolidayTable, HolidayYear } from './holiday-table.js';
