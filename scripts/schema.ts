// Writes docs/events.schema.json from the valibot schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/data/jsonSchema';

const out = 'docs/events.schema.json';
writeFileSync(out, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
