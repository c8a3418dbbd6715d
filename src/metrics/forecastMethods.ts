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
    'Closed won plus each open deal closing in the period × its probability of being won within the period: learned from past quarters (history, pulled toward the CRM probability or stage default by a Beta prior, with its counts and interval), else the CRM probability, else the stage default probability.',
  learnedProbability:
    'For each past closed quarter and each snapshot date in it, every deal observed open (never a state reconstructed from created and close dates) with a close date in that quarter at a stage is one look; its outcome is read as the exports said it at the quarter end (and 14 days later once that date has passed): won by the quarter end, slipped (still open or won later) or lost. Looks are counted as deals (a deal seen at several dates counts once per stage and quarter). Rate = (won deals + k × prior) / (deals + k), the prior being the CRM probability, else the stage default, k = forecast.priorStrength; by stage and days-in-stage band (0-14, 15-45, 46+ days) when that band has at least minHistory looks, else by stage. Slip rates likewise, by stage and days left.',
  simulation:
    'Seeded Monte Carlo: in each trial every open deal is won in its quarter, lost, or slips (a slipped deal of the current quarter is won in the next with its probability again and counted there), each deal drawing from its own random stream keyed by seed, deal id and period; a common factor per quarter and trial shifts every deal\'s win probability on the log-odds scale (σ calibrated on the replayed past quarters), and one past run-rate sample is added to the amount already won. P10, P50 and P90 are the 10th, 50th and 90th percentiles over the trials; the chance of quota is the share of trials at or above quota, "over 99%" / "under 1%" at the ends.',
  runRate:
    'Bookings the pipeline does not hold yet: for each of the last four closed analogue periods, won amounts of deals created after the same day of the quarter and closed after it within that period, scaled by days left now / days left then. The simulation draws one sample per trial; the scope figure is their mean.',
  pacing:
    'The share of a quarter\'s bookings closed by this day of the quarter, averaged over the last four closed quarters (the scope\'s own when at least two had bookings, else the company\'s). Expected by now = that share × quota; ahead when bookings to date are at or above it.',
  trackRecord:
    'The weighted forecast as it stood on the same day of each of the last four closed quarters (probabilities learned only from quarters closed before it), against the bookings those quarters closed with. Mean signed error above 0: the forecast ran high. The full replayed track record of the simulated range and the baselines is on the Forecast accuracy page (forecast-backtest.json).',
} as const;
