import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/schema/configJsonSchema.ts';

describe('quarterdeck.config.schema.json', () => {
  it('is up to date with the config schema (regenerate with npm run config-schema)', () => {
    const file = path.resolve(import.meta.dirname, '../../quarterdeck.config.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(configJsonSchema());
  });

  it('describes every top-level key for editors', () => {
    const schema = configJsonSchema() as { properties: Record<string, { description?: string }>; additionalProperties?: boolean };
    expect(Object.keys(schema.properties)).toContain('fiscalYearStartMonth');
    expect(schema.properties.fiscalYearStartMonth!.description).toMatch(/Month the fiscal year starts/);
    expect(schema.additionalProperties).toBe(false);
  });
});
