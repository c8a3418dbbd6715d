/**
 * `npm run config-schema`: writes quarterdeck.config.schema.json (JSON Schema for editors'
 * autocomplete and validation of data/quarterdeck.config.json) from the Zod schema.
 * A test checks that the committed file is up to date.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configJsonSchema } from '../src/schema/configJsonSchema.ts';

const file = path.resolve(import.meta.dirname, '..', 'quarterdeck.config.schema.json');
await writeFile(file, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
