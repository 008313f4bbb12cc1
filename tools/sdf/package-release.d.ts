// Types for package-release.js, plain JavaScript run by `npm run package`.

export interface PackageResult {
  readonly status: number;
  /** Where the ZIP was written, or null when packaging failed. */
  readonly archive: string | null;
  readonly problem: string | null;
}

export function packageRelease(options: {
  readonly root: string;
  readonly outDir: string;
  readonly environment: NodeJS.ProcessEnv;
  readonly stdio: 'inherit' | 'pipe';
}): PackageResult;
