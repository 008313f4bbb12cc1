/**
 * The local NetSuite account emulator: runs the compiled SuiteScript files that get deployed
 * (FileCabinet/SuiteScripts/**) against an account described by a scenario file, offline.
 *
 * ```ts
 * const account = await createAccount(loadScenario('scenarios/01-ready-administrator.json'), { now: new
 * Date('2026-11-27T12:00:00Z') });
 * const page = await runSuitelet(account, { scriptPath:
 * 'FileCabinet/SuiteScripts/acton_readiness/suitelet/acton_readiness_sl.js' });
 * page.status; page.headers['content-type']; page.body; page.usage.units; page.usage.statements;
 * const csv = await runSuitelet(account, { scriptPath, parameters: { format: 'csv' } });
 * account.close();
 * ```
 *
 * What it provides:
 * - N/runtime, N/query (runSuiteQL, runSuiteQLPaged), N/ui/serverWidget, N/log (and the global
 *   `log`), N/url, N/error, and the enums of N/http and N/https; Suitelet request/response,
 *   RESTlet and Scheduled Script entry points; N/record and N/search for the project's own custom
 *   record types only (kept in a {@link CustomRecordStore} that outlives a run); N/email captured. Any other module or
 * member throws an {@link EmulatorError} and is
 *   listed in the result's `unsupported`.
 * - SuiteQL on SQLite (sql.js): NetSuite's tables and column names, `?` parameters, the
 *   functions of the shared subset plus TO_CHAR/TO_DATE, and BUILTIN.DF(alias.column) as a
 *   display-name lookup, which answers even for a table the scenario makes unavailable. A
 *   statement outside the subset, or naming an unknown table or column, fails with
 *   SSS_SEARCH_ERROR_OCCURRED and is recorded as `rejected` ({@link rejectedStatements}).
 * - Governance with NetSuite's unit costs: 10 per runSuiteQL / runSuiteQLPaged, 0 per page
 *   fetch and per feature or permission read; 2, 4 and 4 per custom record create, save and
 *   delete, 10 per search page, 20 per email; 1,000 units per Suitelet request, 5,000 per RESTlet
 *   call and 10,000 per scheduled script run, then SSS_USAGE_LIMIT_EXCEEDED.
 *
 * Each run gets fresh module instances, a fresh requirejs context and a fresh JavaScript realm
 * (no Node globals; `Date` starts at the account's `now` when one is fixed).
 *
 * Known differences from NetSuite: times are UTC; raw date-time columns read as
 * `M/D/YYYY h:mm am`; ORDER BY puts NULLs where SQLite does (first ascending), where Oracle
 * puts them last; the deployment's audience (roles allowed to run it) is not enforced; client
 * scripts attached to forms do not run.
 */
export { createAccount, openAccount, type AccountOptions, type EmulatedAccount } from './account';
export { loadScenario, parseScenario } from './scenario/scenarioFile';
export { ScenarioError, formatScenarioProblem, type ScenarioProblem } from './scenario/scenarioError';
export type { ScenarioDocument } from './scenario/scenarioDocument';
export { findScenarioSchemaPath } from './scenario/schemaValidation';
export type {
  Scenario,
  ScenarioAccount,
  ScenarioCurrentUser,
  ScenarioEmployee,
  ScenarioFeature,
  ScenarioIntegration,
  ScenarioLogin,
  ScenarioRole,
  ScenarioTable,
  ScenarioToken,
} from './scenario/scenarioTypes';
export { ADMINISTRATOR_ROLE, SCENARIO_FEATURES, SCENARIO_TABLES } from './scenario/scenarioTypes';
export { runSuitelet, type SuiteletRequestOptions } from './run/runSuitelet';
export { runRestlet, type RestletMethod, type RestletRequestOptions } from './run/runRestlet';
export { runScheduledScript, type ScheduledInvocationType, type ScheduledRunOptions } from './run/runScheduledScript';
export { CustomRecordStore, type StoredRecord, type StoredValue } from './records/customRecordStore';
export type { CapturedEmail } from './modules/emailModule';
export type { ScriptSelection } from './run/scriptExecution';
export { rejectedStatements, type ScriptFailure, type ScriptRunResult, type ScriptUsage } from './run/scriptRunResult';
export type { LogEntry, StatementOutcome, StatementRecord } from './execution';
export { renderForm, type FormPageOptions } from './render/formPage';
export { EmulatorError, type EmulatorErrorCode } from './scriptErrors';
export { fileCabinetRoot } from './loader/amdScriptLoader';
export { deploymentIdsFor, type DeploymentIds } from './loader/scriptDeployment';
export { UNIT_COSTS, USAGE_LIMITS } from './governance';
