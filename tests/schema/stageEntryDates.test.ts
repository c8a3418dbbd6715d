import { describe, expect, it } from 'vitest';
import { stageEntryDates } from '../../src/schema/stageEntryDates.ts';
import { map } from './helpers/rawTable.ts';

describe('stageEntryDates', () => {
  it('lists the HubSpot Date entered columns of a deal, by date', () => {
    const mapped = map({
      headers: ['Record ID', 'Deal owner', 'Deal Stage', 'Date entered "Closed Won"', 'Date entered "Appointment Scheduled"', 'Notes'],
      rows: [['1', 'Ada', 'Closed Won', '2026-09-30 17:00', '2026-07-01 09:12', 'x']],
    });
    expect(stageEntryDates(mapped.deals[0]!.attributes)).toEqual([
      { stage: 'Appointment Scheduled', date: '2026-07-01' },
      { stage: 'Closed Won', date: '2026-09-30' },
    ]);
  });
});
