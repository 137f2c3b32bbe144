// @ts-check
// The servers the benchmark measures: a private copy of dist/ (so a build running
// meanwhile cannot pull files from under it), served by `vite preview` in demo mode.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of dist/ taken now; remove() deletes it. */
export function copyDist() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync('dist', dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Ends a child started with `detached: true` and everything it started (npx → node).
 * @param {import('node:child_process').ChildProcess} child
 */
export function killGroup(child) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * `vite preview` on 127.0.0.1:port with the build's shipped (demo) config.json: of
 * `outDir`, or of a copy of dist/ taken now (stop() then removes it).
 * @param {number} port @param {string} [outDir]
 */
export async function startPreview(port, outDir) {
  const copy = outDir ? undefined : copyDist();
  const dir = outDir ?? copy?.dir ?? 'dist';
  const preview = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    killGroup(preview);
    copy?.remove();
  };
  try {
    await waitForServer(`http://127.0.0.1:${port}/config.json`);
  } catch (error) {
    stop();
    throw error;
  }
  return { outDir: dir, stop };
}

/** @param {string} url */
export async function waitForServer(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}
