/** The N/* modules of one execution, by module id. */
import type { Execution } from '../execution';
import { createEmailModule } from '../modules/emailModule';
import { createErrorModule } from '../modules/errorModule';
import { createQueryModule } from '../modules/queryModule';
import { createRecordModule } from '../modules/recordModule';
import { createRuntimeModule } from '../modules/runtimeModule';
import { createSearchModule } from '../modules/searchModule';
import { createServerWidgetModule } from '../modules/serverWidgetModule';
import { strictMembers } from '../modules/strictMembers';
import { createUrlModule } from '../modules/urlModule';

const HTTP_METHODS = { GET: 'GET', POST: 'POST', PUT: 'PUT', DELETE: 'DELETE', HEAD: 'HEAD' } as const;
const REDIRECT_TYPES = {
  RECORD: 'RECORD',
  SUITELET: 'SUITELET',
  RESTLET: 'RESTLET',
  MEDIA_ITEM: 'MEDIAITEM',
  TASK_LINK: 'TASKLINK',
} as const;

/** Every module the emulator provides; `log` is also the realm's global `log`. */
export function createExecutionModules(execution: Execution, log: object): Record<string, object> {
  // N/http and N/https: their enums only; outbound requests are not emulated.
  const httpEnums = (name: string): object =>
    strictMembers(name, { Method: { ...HTTP_METHODS }, RedirectType: { ...REDIRECT_TYPES } }, execution.unsupported);
  return {
    'N/runtime': createRuntimeModule(execution),
    'N/query': createQueryModule(execution),
    'N/ui/serverWidget': createServerWidgetModule(execution),
    'N/log': log,
    'N/url': createUrlModule(execution),
    'N/error': createErrorModule(execution),
    'N/http': httpEnums('N/http'),
    'N/https': httpEnums('N/https'),
    // For the project's custom record types only, and email captured.
    'N/record': createRecordModule(execution),
    'N/search': createSearchModule(execution),
    'N/email': createEmailModule(execution),
  };
}
