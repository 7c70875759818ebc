// Runs the npm jsonata@2.0.6 reference over the same document and expressions as the C# side.
// Usage: node reference.mjs <document.json> <expressions.json> <seconds-per-expression>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jsonata = require(process.env.JSONATA_MODULE || 'jsonata');
const [docPath, exprPath, secondsText] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(docPath, 'utf8'));
const expressions = JSON.parse(readFileSync(exprPath, 'utf8'));
const seconds = Number(secondsText);
const results = [];
for (const { name, expr } of expressions) {
  const compiled = jsonata(expr);
  let result;
  for (let i = 0; i < 3; i++) result = await compiled.evaluate(doc);
  let ops = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < limit) {
    result = await compiled.evaluate(doc);
    ops++;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  results.push({ name, opsPerSec: ops / elapsed, result: JSON.stringify(result) });
}
process.stdout.write(JSON.stringify(results));
