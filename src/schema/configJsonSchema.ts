/**
 * The JSON Schema of the config file, generated from ConfigSchema.
 */
import { z } from 'zod';
import { ConfigSchema } from './configSchema.ts';

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://quarterdeck.invalid/quarterdeck.config.schema.json',
    title: 'Quarterdeck config (data/quarterdeck.config.json)',
    description: 'Every key is optional. See the README, section "The config file".',
  };
}
