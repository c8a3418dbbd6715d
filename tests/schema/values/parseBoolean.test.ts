import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../../src/schema/values/parseBoolean.ts';

describe('parseBoolean', () => {
  it.each(['1', 1, true, 'TRUE', 'true', 'True', 'Yes', 'YES', 'yes', 'Y', 'y', 'T', 'x', 'X', ' x ', '✓', '✔', 'On'])(
    '%j is true',
    (cell) => {
      expect(parseBoolean(cell)).toEqual({ ok: true, value: true });
    },
  );

  it.each(['0', 0, false, 'FALSE', 'false', 'False', 'No', 'NO', 'no', 'N', 'n', 'F', 'off', ' 0 '])('%j is false', (cell) => {
    expect(parseBoolean(cell)).toEqual({ ok: true, value: false });
  });

  it.each([null, '', '   ', '-', 'N/A'])('%j is empty', (cell) => {
    expect(parseBoolean(cell)).toEqual({ ok: true, value: null });
  });

  it.each(['maybe', '2', 2, -1, 0.5, 'yess', 'oui', 'xx', NaN])('rejects %j', (cell) => {
    expect(parseBoolean(cell)).toEqual({ ok: false, expected: 'a yes/no value such as TRUE, FALSE, Yes, No, 1 or 0' });
  });
});
