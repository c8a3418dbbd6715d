import { describe, expect, it } from 'vitest';
import { repDirectory } from '../../src/model/repDirectory.ts';
import { rosterRow } from '../fixtures/model/rows.ts';

const at = (row: number) => ({ file: 'roster.csv', row });
const directory = repDirectory([
  rosterRow({ rep: 'María López', repId: '0051x00000AbCdEAAA', team: 'North', region: 'EMEA', startDate: '2025-07-01' }, at(3)),
  rosterRow({ rep: 'maría  lópez', team: 'South', region: 'EMEA', startDate: '2024-01-01', endDate: '2025-06-30' }, at(2)),
  rosterRow({ rep: "Sean O'Neil", team: 'North', region: 'EMEA' }, at(4)),
]);

describe('repDirectory', () => {
  it('find matches names ignoring case, spaces and punctuation', () => {
    expect(directory.find('MARÍA LÓPEZ')?.rep.name).toBe('María López');
    expect(directory.find('Sean ONeil')?.rep.name).toBe("Sean O'Neil");
    expect(directory.find('Maria Lopez')).toBeNull(); // accents are part of the name
  });

  it('find matches an 18-character or 15-character CRM user id', () => {
    expect(directory.find('0051x00000AbCdEAAA')?.rep.name).toBe('María López');
    expect(directory.find('0051x00000AbCdE')?.rep.name).toBe('María López');
    expect(directory.find('0051x00000AbCdF')).toBeNull();
  });

  it('one rep per name, with the latest row (by start date) giving the fields and the earliest start date', () => {
    expect(directory.reps).toHaveLength(2);
    expect(directory.find('maria lópez ')).toBeNull();
    expect(directory.find('MARÍA LÓPEZ')!.rep).toEqual({
      name: 'María López',
      id: '0051x00000AbCdEAAA',
      manager: null,
      team: 'North',
      region: 'EMEA',
      startDate: '2024-01-01',
      endDate: null,
      role: null,
      inRoster: true,
    });
  });

  it('placement takes the row in force on the date, else the latest row', () => {
    const maria = directory.find('María López')!;
    expect(directory.placement(maria, '2025-03-01')).toEqual({ team: 'South', region: 'EMEA' });
    expect(directory.placement(maria, '2025-06-30')).toEqual({ team: 'South', region: 'EMEA' });
    expect(directory.placement(maria, '2025-07-01')).toEqual({ team: 'North', region: 'EMEA' });
    // Before any row starts, and without a date: the latest row.
    expect(directory.placement(maria, '2023-01-01')).toEqual({ team: 'North', region: 'EMEA' });
    expect(directory.placement(maria, null)).toEqual({ team: 'North', region: 'EMEA' });
  });

  it('team and region give the roster spelling', () => {
    expect(directory.team(' north ')).toBe('North');
    expect(directory.region('emea')).toBe('EMEA');
    expect(directory.team('West')).toBeNull();
    expect(repDirectory([]).hasRoster).toBe(false);
  });
});
