/**
 * N/url: script URLs as NetSuite builds them (`/app/site/hosting/scriptlet.nl?script=..&deploy=..`,
 * parameters URL-encoded) and the account's domains. No governance cost.
 */
import type { Execution } from '../execution';
import { createSuiteScriptError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import { accountDomain, HOST_TYPES } from './accountHosts';
import { strictMembers } from './strictMembers';
import { valueText } from '../valueText';

/** Paths of scripts by type, relative to the account's host. */
export const SCRIPT_PATHS = {
  SUITELET: '/app/site/hosting/scriptlet.nl',
  RESTLET: '/app/site/hosting/restlet.nl',
} as const;

type QueryParameters = Readonly<Record<string, unknown>> | undefined;

/** `?name=value&...` with NetSuite's parameter order: script, deploy, then the rest as given. */
export function scriptQueryString(scriptId: string, deploymentId: string, parameters: QueryParameters): string {
  const search = new URLSearchParams({ script: scriptId, deploy: deploymentId });
  for (const [name, value] of Object.entries(parameters ?? {})) {
    if (value !== undefined && value !== null) search.append(name, valueText(value));
  }
  return `?${search.toString()}`;
}

interface ResolveScriptOptions {
  readonly scriptId?: unknown;
  readonly deploymentId?: unknown;
  readonly params?: QueryParameters;
  readonly returnExternalUrl?: unknown;
}

interface ResolveDomainOptions {
  readonly hostType?: unknown;
  readonly accountId?: unknown;
}

/** The N/url module of one execution. */
export function createUrlModule(execution: Execution): object {
  const { realm } = execution;
  const accountId = execution.account.scenario.account.id;
  const missing = (message: string): Error =>
    createSuiteScriptError(realm, { name: NETSUITE_ERROR_CODES.missingArgument, message });
  return strictMembers(
    'N/url',
    {
      HostType: { ...HOST_TYPES },
      resolveScript(options: ResolveScriptOptions | undefined): string {
        if (typeof options?.scriptId !== 'string' || typeof options.deploymentId !== 'string') {
          throw missing(
            'Missing a required argument: url.resolveScript needs options.scriptId and options.deploymentId.',
          );
        }
        const path = SCRIPT_PATHS.SUITELET + scriptQueryString(options.scriptId, options.deploymentId, options.params);
        if (options.returnExternalUrl !== true) return path;
        return `https://${accountDomain(accountId, HOST_TYPES.FORM) ?? ''}${path}&compid=${encodeURIComponent(accountId)}`;
      },
      resolveDomain(options: ResolveDomainOptions | undefined): string {
        const hostType = options?.hostType;
        if (typeof hostType !== 'string')
          throw missing('Missing a required argument: url.resolveDomain needs options.hostType.');
        const domain = accountDomain(typeof options?.accountId === 'string' ? options.accountId : accountId, hostType);
        if (domain === null) {
          throw createSuiteScriptError(realm, {
            name: NETSUITE_ERROR_CODES.wrongParameterType,
            message: `Unknown url.HostType value ${JSON.stringify(hostType)}.`,
          });
        }
        return domain;
      },
    },
    execution.unsupported,
  );
}
