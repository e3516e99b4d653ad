import type { FuzzyDate } from '../src/schema/index.js';
import { fuzzyDate, intersectFuzzyDates, resolveRelativeDate } from '../src/time/index.js';
import { PUBLISHED } from './sources.js';

/** Resolves an article phrase against its publication interval. */
export function published(phrase: string): FuzzyDate {
  return resolveRelativeDate(phrase, PUBLISHED);
}

/** The publication interval itself, for statements the article dates only by its own tense ("says"). */
export function atPublication(text: string): FuzzyDate {
  return { ...PUBLISHED, text };
}

/** 14 September 2023: "held on Thursday, September 14". */
export const SUMMIT_DAY = resolveRelativeDate('Thursday, September 14', PUBLISHED);

/** "last week’s SCO Regional Anti-Terrorist Structure Council", against the publication interval. */
export const RATS_COUNCIL_WEEK = resolveRelativeDate('last week’s', PUBLISHED);

/**
 * The Tajik seizures of "about five tonnes": the text gives no period. Compared with 2021, they
 * are from after 2021; reported in the speech of 14 September 2023, from no later than that.
 */
export const SEIZURE_PERIOD = fuzzyDate('2022-01-01', SUMMIT_DAY.end);

/**
 * From the Taliban's return to power (15 August 2021; general knowledge, not in the text) to the
 * latest publication day: bounds for an undated report on the Taliban in power.
 */
export const TALIBAN_ERA_TO_PUBLICATION = fuzzyDate('2021-08-15', PUBLISHED.end);

/** A date the article states outright: "2021", "in 2022", "April 2022". */
export function stated(text: string): FuzzyDate {
  return resolveRelativeDate(text, PUBLISHED);
}

/** The days up to and including a given day: an event someone referred to on that day. */
export function onOrBefore(date: FuzzyDate, limit: FuzzyDate): FuzzyDate {
  return intersectFuzzyDates(date, { start: '0001-01-01', end: limit.end, precision: 'range' });
}

export { fuzzyDate, intersectFuzzyDates, resolveRelativeDate };
