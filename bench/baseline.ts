/**
 * `npm run bench -- --baseline REV`: the commit REV built in a git worktree of its own (in the
 * system's temporary directory, with this checkout's node_modules), so its figures can be
 * measured beside this checkout's in the same sitting, by the same bench and simulator.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuiltBaseline {
  /** The full commit hash. */
  commit: string;
  /** Its built app (index.html and assets). */
  dist: string;
  /** Its source tree, for building the line-cost page against it. */
  root: string;
  /** Removes the worktree again. */
  remove(): void;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

/** Checks out REV in a worktree and builds it with `vite build`. */
export function buildBaseline(rev: string): BuiltBaseline {
  const commit = git('rev-parse', '--verify', `${rev}^{commit}`);
  const root = join(tmpdir(), `chatdeck-bench-${commit.slice(0, 12)}`);
  if (!existsSync(join(root, 'package.json'))) {
    rmSync(root, { recursive: true, force: true });
    git('worktree', 'prune');
    git('worktree', 'add', '--detach', root, commit);
  }
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) symlinkSync(resolve('node_modules'), modules, 'dir');
  const lock = (dir: string) => readFileSync(join(dir, 'package-lock.json'), 'utf8');
  if (lock(root) !== lock('.')) {
    console.warn(
      `baseline ${commit.slice(0, 7)}: its package-lock.json differs from this checkout's; it is built with this checkout's node_modules.`,
    );
  }
  console.log(`baseline ${commit.slice(0, 7)}: building in ${root}…`);
  execFileSync(resolve('node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  return {
    commit,
    dist: join(root, 'dist'),
    root,
    remove() {
      try {
        git('worktree', 'remove', '--force', root);
      } catch {
        rmSync(root, { recursive: true, force: true });
        git('worktree', 'prune');
      }
    },
  };
}

/**
 * Puts this checkout's line-cost page (bench/line-cost.*) into `root`, so the same page is
 * built against another commit's source.
 */
export function copyLineCostPage(root: string): void {
  mkdirSync(join(root, 'bench'), { recursive: true });
  for (const file of ['line-cost.html', 'line-cost.tsx']) {
    copyFileSync(resolve('bench', file), join(root, 'bench', file));
  }
}
