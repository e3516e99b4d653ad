export { toCalendarDate, fromCalendarDate } from './calendar.js';
export { precisionOf, fuzzyDate, compareFuzzyDates, intersectFuzzyDates, intervalOverlaps, intervalWithin } from './fuzzy-date.js';
export { resolveRelativeDate } from './relative-date.js';
export type { ResolveRelativeDateOptions } from './relative-date.js';
export { overlaps, within } from './three-valued.js';
export type { Tristate, DateWindow, TristateOptions } from './three-valued.js';
