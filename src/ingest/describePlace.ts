/**
 * The place part of an ingest message: `deals.xlsx › Pipeline › row 14`.
 * Same shape as the schema stage's places, so messages read alike across stages.
 */

const SEP = ' › ';

export function describePlace(file: string, sheet?: string | null, rowNumber?: number | null): string {
  let place = file;
  if (sheet !== null && sheet !== undefined) place += SEP + sheet;
  if (rowNumber !== null && rowNumber !== undefined) place += `${SEP}row ${rowNumber}`;
  return place;
}
