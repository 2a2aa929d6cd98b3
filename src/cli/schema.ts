/** Writes data/schema/parley-1.schema.json from the validator's spec. */
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../model/schema';

const target = new URL('../../data/schema/parley-1.schema.json', import.meta.url);
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target.pathname}`);
