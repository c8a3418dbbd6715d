/**
 * How each number of the forecast is computed, in plain words, written into forecast.json next
 * to the numbers so a page can show the method beside every figure.
 */
export const FORECAST_METHODS = {
  closedWon: 'Sum of amounts of deals won with a close date in the period, as of the as-of date.',
  categories:
    'Open deals with a close date in the period, by forecast category: the CRM category, else the stage ladder default, else Pipeline (an open deal marked Closed counts as Commit). Each open deal is in exactly one category (the open amounts).',
  rollup:
    'Cumulative: Commit (incl. closed) = closed won + open Commit; Best Case (incl.) = Commit (incl.) + open Best Case; Pipeline (incl.) = Best Case (incl.) + open Pipeline. Omitted is never included.',
  weighted:
    'Closed won plus each open deal closing in the period × its probability of being won within the period: learned from past quarters (history, with the number of trials), else the CRM probability, else the stage default probability.',
  learnedProbability:
    'For each past closed quarter and each snapshot date in it (weekly points before the first snapshot), every deal open with a close date in that quarter at a stage is one trial; it is a success when the deal was won with a close date on or before the quarter end. Rate = successes / trials at the same stage and days-in-stage bucket (0-14, 15-45, 46+ days) when that bucket has at least minHistory trials, else at the same stage.',
  simulation:
    'Seeded Monte Carlo: in each trial every open deal closing in the period is won with its probability, and one of the past run-rate samples is drawn at random and added to the amount already won. P10, P50 and P90 are the 10th, 50th and 90th percentiles over the trials; probability of quota is the share of trials at or above quota.',
  runRate:
    'Bookings the pipeline does not hold yet: for each of the last four closed analogue periods, won amounts of deals created after the same day of the quarter and closed after it within that period, scaled by days left now / days left then. The simulation draws one sample per trial; the scope figure is their mean.',
  pacing:
    'The share of a quarter\'s bookings closed by this day of the quarter, averaged over the last four closed quarters (the scope\'s own when at least two had bookings, else the company\'s). Expected by now = that share × quota; ahead when bookings to date are at or above it.',
  trackRecord:
    'The weighted forecast as it stood on the same day of each of the last four closed quarters (probabilities learned only from quarters closed before it), against the bookings those quarters closed with. Mean signed error above 0: the forecast ran high.',
} as const;
