import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../src/schema/values/normalizeKey.ts';

describe('normalizeKey', () => {
  it.each([
    ['Close Date', 'closedate'],
    ['close_date', 'closedate'],
    ['CloseDate', 'closedate'],
    [' Close-Date ', 'closedate'],
    ['CLOSE\u00a0DATE', 'closedate'],
    ['closedate', 'closedate'],
    ['Account.Name', 'accountname'],
    ['Opportunity_Source__c', 'opportunitysourcec'],
    ['Negotiation/Review', 'negotiationreview'],
    ['Closed Won', 'closedwon'],
    ['Stage (Pipeline)', 'stagepipeline'],
    ['Amount ($)', 'amount'],
    ['Ｃｌｏｓｅ　Ｄａｔｅ', 'closedate'], // full-width letters and space (NFKC)
    ['Étape', 'étape'], // accents kept
    ['E\u0301tape', 'étape'], // decomposed accent composes to the same key
    ['Größe', 'größe'],
    ['Fiscal Q2', 'fiscalq2'],
    ['①', '1'], // NFKC
    ['営業担当', '営業担当'],
    ['', ''],
    ['---', ''],
  ])('normalizeKey(%j) is %j', (text, key) => {
    expect(normalizeKey(text)).toBe(key);
  });
});
