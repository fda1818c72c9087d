import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";

export class DataDirError extends Error {
  override name = "DataDirError";
}

/**
 * Creates `dir` and its missing parents one level at a time. Node's `mkdirSync(…, { recursive: true })`
 * never returns for a path under /proc (it retries the parent forever at full CPU), so it is not used.
 */
export function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  while (!existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (existsSync(current) && !statSync(current).isDirectory()) {
    throw new DataDirError(`${current} is a file, not a folder`);
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && statSync(folder).isDirectory()) continue;
      throw new DataDirError(`cannot create ${folder}: ${describe(error)}`);
    }
  }
}

/** Throws a DataDirError saying why the server could not keep files in `dir`. */
export function assertWritableDirectory(dir: string): void {
  ensureDirectory(dir);
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new DataDirError(`cannot write to ${dir}: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "not permitted",
    EROFS: "the file system is read-only",
    ENOENT: "the parent folder cannot hold new folders",
    ENOTDIR: "a part of the path is a file",
    ENOSPC: "the disk is full",
  };
  return (code && reasons[code]) || (error as Error).message;
}
