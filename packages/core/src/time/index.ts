export { addDays, dayOfWeek, daysBetween } from './add-days.js';
export { addMonths, addYears } from './add-months.js';
export { type CalendarDate, type DateErrorCode, isCalendarDate } from './calendar-date.js';
export { compareDates } from './compare-dates.js';
export {
  type CalendarDateResult,
  type ParseCalendarDateOptions,
  parseCalendarDate,
} from './parse-calendar-date.js';
export { toShanghaiTimestamp } from './to-shanghai-timestamp.js';
export { todayInShanghai } from './today-in-shanghai.js';
