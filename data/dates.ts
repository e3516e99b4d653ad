import { addDays } from 'date-fns/addDays';
import type { FuzzyDate } from '../src/schema/index.js';
import { fromCalendarDate, fuzzyDate, intersectFuzzyDates, resolveRelativeDate, toCalendarDate } from '../src/time/index.js';
import { PUBLISHED } from './sources.js';

/** Resolves an article phrase against its publication interval. */
export function published(phrase: string): FuzzyDate {
  return resolveRelativeDate(phrase, PUBLISHED);
}

/** The publication interval itself, for statements the article dates only by its own tense ("says"). */
export function atPublication(text: string): FuzzyDate {
  return { ...PUBLISHED, text };
}

/** A date the article states outright: "2021", "in 2022", "April 2022". */
export function stated(text: string): FuzzyDate {
  return resolveRelativeDate(text, PUBLISHED);
}

/** The days up to and including a given day: an event someone referred to on that day. */
export function onOrBefore(date: FuzzyDate, limit: FuzzyDate): FuzzyDate {
  return intersectFuzzyDates(date, { start: '0001-01-01', end: limit.end, precision: 'range' });
}

/** From the first day `from` can be to the last day `until` can be: a statement made after one event and before another. */
export function between(from: FuzzyDate, until: FuzzyDate, text?: string): FuzzyDate {
  return fuzzyDate(from.start, until.end, text);
}

/** The day after a date's last possible day: the first day of "after 2021". */
function dayAfter(date: FuzzyDate): string {
  return fromCalendarDate(addDays(toCalendarDate(date.end), 1));
}

/** 14 September 2023: "held on Thursday, September 14". */
export const SUMMIT_DAY = resolveRelativeDate('Thursday, September 14', PUBLISHED);

/**
 * "last week’s SCO Regional Anti-Terrorist Structure Council", against the publication interval
 * (ISO weeks, starting on Monday): the week before the summit's, 4–10 September 2023.
 */
export const RATS_COUNCIL_WEEK = resolveRelativeDate('last week’s', PUBLISHED);

/**
 * "These security concerns come after the US authorities said earlier this week": "earlier this
 * week" against the publication interval, and on or before the summit of 14 September where the
 * concerns were voiced.
 */
export const US_STATEMENT_DAYS = onOrBefore(published('earlier this week'), SUMMIT_DAY);

/** "an incident earlier this month" that Rahmon referred to on 14 September: the killing in Badakhshan. */
export const BADAKHSHAN_KILLING_DAYS = onOrBefore(published('earlier this month'), SUMMIT_DAY);

/**
 * The Tajik seizures of "about five tonnes": the text gives no period. Compared with 2021, they
 * are from after 2021; reported in the speech of 14 September 2023, from no later than that.
 */
export const SEIZURE_PERIOD = fuzzyDate(dayAfter(stated('2021')), SUMMIT_DAY.end);

/**
 * The Taliban's return to power, 15 August 2021: general knowledge, not in the text, used only as
 * the lower bound of undated statements about the Taliban in power (marked inferred on each).
 */
export const TALIBAN_RETURN = '2021-08-15';

/** From the Taliban's return to power to the latest publication day. */
export const TALIBAN_ERA_TO_PUBLICATION = fuzzyDate(TALIBAN_RETURN, PUBLISHED.end);

export { fuzzyDate, intersectFuzzyDates, resolveRelativeDate };
