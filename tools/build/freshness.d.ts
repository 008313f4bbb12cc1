// Types for freshness.js, plain JavaScript because it runs before anything is compiled.

/** The stamp `npm run build` writes last, relative to the project root. */
export const BUILD_STAMP: string;

/** What changed since the last build: null when nothing did, `{ changed: null }` when there is no build. */
export function changeSinceBuild(root: string): { readonly changed: string | null } | null;

/** Why the build under `root` cannot be trusted ("the build is stale: run npm run build (…)"), or null. */
export function staleBuildProblem(root: string): string | null;

/** Marks the build under `root` as made from the sources as they are now. */
export function writeBuildStamp(root: string): void;
