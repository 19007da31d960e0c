/** `npm run fixtures:update`: regenerate fixtures/*.expected.json after a deliberate change. Review the diff! */
import { writeFileSync } from 'node:fs';
import { expectedPath, fixtureInputs, runFixture } from './helpers/fixtures.js';

for (const input of fixtureInputs()) {
  const result = await runFixture(input);
  writeFileSync(expectedPath(input), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${expectedPath(input)}`);
}
