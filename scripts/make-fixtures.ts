/**
 * Writes the test plans to a folder so you can try the command on them:
 *
 *   npx tsx scripts/make-fixtures.ts /tmp/plans
 *   npx smart-plans check /tmp/plans/table-plan.docx /tmp/plans/list-plan.docx
 *
 * Also writes large-plan.docx (the benchmark's 500-page plan) and objectives.txt (one a line,
 * for --objectives). Every name in them is fictional.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  listPlanDocx,
  tablePlanDocx,
  LIST_PLAN_ACTIONS,
  LIST_PLAN_OUTCOMES,
} from '../test/fixtures/docx-plans';
import { largePlanDocx } from '../test/fixtures/large-plan';

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? 'plans-to-try');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'table-plan.docx'), await tablePlanDocx());
  await writeFile(join(dir, 'list-plan.docx'), await listPlanDocx());
  await writeFile(join(dir, 'large-plan.docx'), (await largePlanDocx(500)).data);
  await writeFile(
    join(dir, 'objectives.txt'),
    `${[...LIST_PLAN_OUTCOMES, ...LIST_PLAN_ACTIONS].join('\n')}\n`,
  );
  console.log(
    `Wrote table-plan.docx, list-plan.docx, large-plan.docx and objectives.txt to ${dir}`,
  );
}

void main();
