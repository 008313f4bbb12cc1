// Types for the two data tables of eslint-plugin-suitescript 1.4.1 (pinned) that the build
// checks and the lint rule share, so both agree on what NetSuite can load and run.
declare module 'eslint-plugin-suitescript/lib/util/modules' {
  /** NetSuite runtime module name -> the identifier the plugin recommends for it. */
  export const MODULES: Readonly<Record<string, string>>;
}

declare module 'eslint-plugin-suitescript/lib/util/script-types' {
  export interface ScriptTypeDefinition {
    readonly name: string;
    readonly entryPoints: readonly string[];
  }
  export const scriptTypes: readonly ScriptTypeDefinition[];
  /** The definition whose name matches case-insensitively; false when there is none. */
  export function getScriptTypeDef(scriptType: string): ScriptTypeDefinition | false;
}
