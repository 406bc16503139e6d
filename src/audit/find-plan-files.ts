/**
 * Finds the files an audit should look at under a folder, recursively and in a stable order.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PLAN_FILE_EXTENSIONS } from '../docx/read-plan-file';
import type { UnreadableFile } from './types';

/**
 * Extensions the audit picks up: those the reader checks, plus old .doc files, which the reader
 * turns away with advice to save them as .docx, so that the report lists them rather than the
 * audit silently skipping plans.
 */
export const PLAN_EXTENSIONS: readonly string[] = [...PLAN_FILE_EXTENSIONS, '.doc'];

export interface FoundFiles {
  /** Absolute paths, sorted. */
  files: string[];
  /**
   * Folders that could not be opened and links that lead out of the folder, so the report can
   * say what was not looked at.
   */
  unreadableFolders: UnreadableFile[];
}

export function isPlanFile(name: string): boolean {
  // Word leaves "~$name.docx" owner files beside open documents; they are not plans.
  if (name.startsWith('~$') || name.startsWith('.')) return false;
  const ext = path.extname(name).toLowerCase();
  return PLAN_EXTENSIONS.includes(ext);
}

export function relativeName(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

export async function findPlanFiles(root: string): Promise<FoundFiles> {
  const absoluteRoot = path.resolve(root);
  // Where the folder really is, so a link can be judged by where it really leads.
  const realRoot = await fs.realpath(absoluteRoot);
  const files: string[] = [];
  const unreadableFolders: UnreadableFile[] = [];

  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      if (dir === absoluteRoot) throw err;
      unreadableFolders.push({
        file: `${relativeName(absoluteRoot, dir)}/`,
        reason: `This folder could not be opened (${errorCode(err)}), so its plans were not checked.`,
      });
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      // Hidden folders (.git, .Trash) hold no plans; symbolic links to folders are not
      // followed so that a link loop cannot make the audit run for ever.
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) await walk(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isPlanFile(entry.name)) {
        if (entry.isSymbolicLink()) {
          const target = await linkTarget(full);
          if (!target) continue;
          if (!isInside(realRoot, target)) {
            // A link is someone else's file as far as this audit knows: it may be another
            // team's plans, or a file the person running the audit was not meant to read.
            unreadableFolders.push({
              file: relativeName(absoluteRoot, full),
              reason:
                'This is a link to a file outside the audited folder, so it was not checked: copy the plan into the folder to include it.',
            });
            continue;
          }
        }
        files.push(full);
      }
    }
  }

  await walk(absoluteRoot);
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, unreadableFolders };
}

/** Where a link to a file really leads; undefined for a broken link or one to a folder. */
async function linkTarget(p: string): Promise<string | undefined> {
  try {
    const real = await fs.realpath(p);
    return (await fs.stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function errorCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? 'unknown error';
}
