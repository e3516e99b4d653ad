export { toCalendarDay, fromCalendarDay, parseIsoDay, assertIsoDate, type DayNumber } from './calendar.js';
export { precisionOf, fuzzyDate, compareFuzzyDates, intersectFuzzyDates, intervalOverlaps, intervalWithin } from './date-intervals.js';
export { resolveRelativeDate } from './relative-date.js';
export type { ResolveRelativeDateOptions } from './relative-date.js';
export { overlaps, within } from './date-window.js';
export type { Tristate, DateWindow, TristateOptions } from './date-window.js';
