/**
 * `npm run schema`: writes schema/citat.schema.json from the zod schema (citatJsonSchema()), so
 * users outside TypeScript get the same contract. test/schema.test.ts fails when the committed
 * file and the zod schema drift; run this script and review the diff when the change is intended.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citatJsonSchema } from '../src/schema/index.js';

/** Where the committed JSON Schema lives (relative to the repository root). */
const target = fileURLToPath(new URL('../schema/citat.schema.json', import.meta.url));

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(citatJsonSchema(), null, 2)}\n`);
console.log(`wrote ${relative(process.cwd(), target)}`);
