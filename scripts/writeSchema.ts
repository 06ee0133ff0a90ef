/** Writes data/stancemap.schema.json from the validator's own zod schema, so the two never drift. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/model/datasetJsonSchema';

export const SCHEMA_FILE = 'data/stancemap.schema.json';

writeFileSync(SCHEMA_FILE, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_FILE}`);
