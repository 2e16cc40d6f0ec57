import type { CalendarDate } from '../time/index.js';

/**
 * One year of official rest days and make-up working days (调休上班), with the notice they come from.
 * Dates may reach into a neighbouring year when the notice says so (2023's 元旦 starts on 2022-12-31).
 */
export interface HolidayYear {
  year: number;
  /** Statutory holidays and the days moved next to them: rest days even on weekdays. */
  holidays: readonly CalendarDate[];
  /** Weekend days declared working days (调休). */
  workdays: readonly CalendarDate[];
  /** The notice, e.g. `国办发明电〔2023〕7号`. */
  source: string;
}

/** A holiday source a host can supply to {@link createWorkingDayCalendar}: one entry per covered year. */
export type HolidayTable = readonly HolidayYear[];
