import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../src/schema/parseConfig.ts';

const FILE = 'quarterdeck.config.json';

function problems(text: string): string[] {
  const result = parseConfig(text, FILE);
  if (result.ok) throw new Error('expected issues');
  return result.issues.map((i) => i.message);
}

describe('parseConfig', () => {
  it('reads a valid file and fills the defaults', () => {
    const result = parseConfig('{ "companyName": "Acme", "fiscalYearStartMonth": 2, "currency": "eur" }', FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({ companyName: 'Acme', fiscalYearStartMonth: 2, currency: 'EUR', dateOrder: 'auto', columns: {}, files: {} });
    expect(result.config.thresholds.staleDays).toBe(30);
  });

  it('treats an empty file (or only a byte-order mark) as all defaults', () => {
    expect(parseConfig('\uFEFF  \n', FILE)).toEqual({ ok: true, config: defaultConfig() });
    expect(defaultConfig()).toMatchObject({ fiscalYearStartMonth: 1, currency: 'USD', fiscalYearNaming: 'end', sample: false });
  });

  it('names an unknown key and suggests the closest allowed one', () => {
    expect(problems('{\n  "fiscalYearStart": 2\n}')).toEqual([
      'quarterdeck.config.json › fiscalYearStart is not a known setting; did you mean `fiscalYearStartMonth`? Rename or remove it.',
    ]);
    expect(problems('{ "thresholds": { "staleDay": 20 } }')).toEqual([
      'quarterdeck.config.json › thresholds › staleDay is not a known setting; did you mean `staleDays`? Rename or remove it.',
    ]);
  });

  it('lists the allowed keys when nothing is close', () => {
    expect(problems('{ "limits": { "banana": 1 } }')).toEqual([
      'quarterdeck.config.json › limits › banana is not a known setting; the settings allowed here are `maxFileMB`, `maxUncompressedMB`; rename or remove it.',
    ]);
  });

  it('says what a wrongly typed value must be, what was found and the default', () => {
    const result = parseConfig('{\n  "companyName": "Acme",\n  "fiscalYearStartMonth": "feb"\n}', FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        severity: 'error', code: 'config-invalid', file: FILE, sheet: null, row: 3, column: 'fiscalYearStartMonth', value: null,
        message: 'quarterdeck.config.json › fiscalYearStartMonth must be a whole number from 1 to 12 (January = 1); found "feb"; change the value, or remove the key to use the default (1).',
      },
    ]);
  });

  it.each([
    ['{ "dateOrder": "YMD" }', 'quarterdeck.config.json › dateOrder must be one of "auto", "MDY" or "DMY"; found "YMD"; change the value, or remove the key to use the default ("auto").'],
    ['{ "asOf": "2026/10/05" }', 'quarterdeck.config.json › asOf must be a date written YYYY-MM-DD, for example "2026-10-14"; found "2026/10/05"; change the value, or remove the key.'],
    ['{ "sample": "yes" }', 'quarterdeck.config.json › sample must be true or false (without quotes); found "yes"; change the value, or remove the key to use the default (false).'],
    ['{ "thresholds": { "amountCut": 25 } }', 'quarterdeck.config.json › thresholds › amountCut must be a number from 0 to 1; found 25; change the value, or remove the key to use the default (0.25).'],
    ['{ "limits": { "maxFileMB": 0 } }', 'quarterdeck.config.json › limits › maxFileMB must be a number above 0; found 0; change the value, or remove the key to use the default (512).'],
    ['{ "stages": [ { "status": "open" } ] }', 'quarterdeck.config.json › stages › item 1 › name is missing; expected text in double quotes; add it.'],
    ['{ "files": { "deals/*.csv": { "kind": "dealz" } } }', 'quarterdeck.config.json › files › deals/*.csv › kind must be one of "deals", "history", "quotas", "roster", "calls" or "ignore"; found "dealz"; change the value, or remove the key.'],
    ['{ "exchangeRates": { "euro": 1.1 } }', 'quarterdeck.config.json › exchangeRates › euro is not a valid key here; expected a three-letter currency code such as "USD" or "EUR"; rename it.'],
    ['{ "stages": "Prospecting" }', 'quarterdeck.config.json › stages must be a list in square brackets [ ]; found "Prospecting"; change the value, or remove the key.'],
  ])('%s', (text, message) => {
    expect(problems(text)).toEqual([message]);
  });

  it('checks that `columns` names known fields, at the top and per file', () => {
    expect(problems('{ "columns": { "ownr": "Seller" }, "files": { "a.csv": { "columns": { "closedate": "Closing" } } } }')).toEqual([
      'quarterdeck.config.json › columns › ownr is not a known column field; did you mean `owner`? Rename or remove it.',
      'quarterdeck.config.json › files › a.csv › columns › closedate is not a known column field; did you mean `closeDate`? Rename or remove it.',
    ]);
  });

  it.each([
    ['{\n  "companyName": "Acme",\n}', 'quarterdeck.config.json › line 3, column 1 is not valid JSON (a comma before a closing bracket); remove that comma, because JSON allows no trailing commas.'],
    ['{\n  // our settings\n  "currency": "EUR"\n}', 'quarterdeck.config.json › line 2, column 3 is not valid JSON (a comment); remove the comment, because JSON allows no comments.'],
    ["{ 'currency': 'EUR' }", 'quarterdeck.config.json › line 1, column 3 is not valid JSON (single quotes); use double quotes (") around keys and text.'],
    ['{ currency: "EUR" }', 'quarterdeck.config.json › line 1, column 3 is not valid JSON (a key without double quotes); put the key in double quotes.'],
    ['{\n  "currency": "EUR"\n  "companyName": "Acme"\n}', 'quarterdeck.config.json › line 3, column 3 is not valid JSON (a missing comma); add a comma between the two entries.'],
    ['{ "currency": "EUR"', 'quarterdeck.config.json › line 1, column 20 is not valid JSON (the text ends too early); add the missing closing } or ] or quote.'],
    ['{ "sample": yes }', 'quarterdeck.config.json › line 1, column 13 is not valid JSON (a word that is not true, false or null); put text in double quotes.'],
  ])('gives the line and column of a JSON syntax error: %j', (text, message) => {
    const result = parseConfig(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ severity: 'error', code: 'config-json', message });
  });

  it('asks for an object at the top level', () => {
    expect(problems('[ { "currency": "EUR" } ]')).toEqual([
      'quarterdeck.config.json must hold one JSON object such as { "companyName": "Acme" }; found a list; put the settings inside { and }.',
    ]);
  });

  it('is not fooled by __proto__ keys', () => {
    expect(problems('{ "columns": { "__proto__": "x" } }')).toHaveLength(1);
    expect(problems('{ "__proto__": { "polluted": true } }')).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
