/**
 * The rules' verdicts on a labelled set as they stood at the set's first contact: the release
 * before the commit that added it, so before anything was learnt from it. On a set's tune half
 * today's rules are fitted to its wording; its first-contact verdicts are what the checker made
 * of it as new text, which is what a choice made for text nobody has read should be judged on.
 *
 * Each release's `src` is taken from git (`git archive`) into a cache folder under the system's
 * temporary folder and run there with this repository's node_modules; the second reading's own
 * findings are left out, since that is what is being chosen. Run as a script, it is the child
 * process that checks one file with one release:
 * `tsx scripts/first-contact-verdicts.ts RELEASE_DIR FILE`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Criterion } from '../src/smart/types';

const ROOT = join(__dirname, '..');
const CACHE = join(tmpdir(), 'smart-plans-first-contact');
/** The date the sets are scored on, as in the cross-validation and npm test. */
const TODAY = [2026, 11, 1] as const;

export interface FirstContactVerdict {
  id: string;
  /** The rules' error findings (the second reading's left out), by letter. */
  errors: Criterion[];
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

/** The release before the commit that added the file. */
export function firstContactRelease(file: string): string {
  const added = git(['log', '--diff-filter=A', '--format=%H', '--', file]).split('\n').pop();
  if (!added) throw new Error(`${file} is not in this repository's history`);
  return git(['rev-parse', `${added}^`]);
}

/** The release's src, unpacked once into the cache. */
function releaseDir(release: string): string {
  const dir = join(CACHE, release);
  if (existsSync(join(dir, 'src'))) return dir;
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', release, 'src'], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The verdicts of the file's first-contact release on it, from the cache when made before. */
export function firstContactVerdicts(file: string): FirstContactVerdict[] {
  const release = firstContactRelease(file);
  const dir = releaseDir(release);
  // Keyed by the file's content too, so an objective re-quoted since is checked afresh.
  const content = createHash('sha256')
    .update(readFileSync(join(ROOT, file)))
    .digest('hex')
    .slice(0, 12);
  const out = join(dir, `${file.replace(/[/\\]/g, '_')}.${content}.verdicts.json`);
  if (!existsSync(out)) {
    const json = execFileSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [__filename, dir, join(ROOT, file)],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    writeFileSync(out, json);
  }
  return JSON.parse(readFileSync(out, 'utf8')) as FirstContactVerdict[];
}

/** The child: check every objective of FILE with the release unpacked at DIR. */
async function child(dir: string, file: string): Promise<void> {
  // The release's own checker, whatever its internals were then.
  const { checkObjectiveText } = (await import(join(dir, 'src/smart/check.ts'))) as {
    checkObjectiveText: (
      text: string,
      options: { today: Date },
    ) => { findings: { ruleId: string; criterion: Criterion; severity: string }[] };
  };
  const verdicts: FirstContactVerdict[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const item = JSON.parse(line) as { id: string; text: string };
      const { findings } = checkObjectiveText(item.text, { today: new Date(...TODAY) });
      const errors = findings
        .filter((f) => f.severity === 'error' && !f.ruleId.endsWith('/second-reading'))
        .map((f) => f.criterion);
      return { id: item.id, errors: [...new Set(errors)] };
    });
  process.stdout.write(JSON.stringify(verdicts));
}

if (require.main === module) {
  const [dir, file] = process.argv.slice(2);
  child(dir, file).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
