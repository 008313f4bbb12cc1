/**
 * @NApiVersion 2.1
 * @NScriptType Suitelet
 * @NModuleScope SameAccount
 */

import type { EntryPoints } from 'N/types';
import { DEFAULT_INTEGRATION_NAME } from '../core/inputs';

export const onRequest: EntryPoints.Suitelet.onRequest = (context) => {
  context.response.write(DEFAULT_INTEGRATION_NAME);
};
