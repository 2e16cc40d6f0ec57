import { renameWireFields } from '@credit-bridge/core';
import { type Answer, successAnswer } from '../answer.js';
import { notFoundAnswer } from '../request-input.js';
import type { OperationContext } from './operation-context.js';

/** `repairGet`: the newest version of a repair as a wire row; 404 `E_NOT_FOUND` when unknown. */
export function getRepair(context: OperationContext): Answer {
  const wire = context.platform.state.repair(context.params.repairId ?? '');
  if (wire === undefined) return notFoundAnswer(context);
  return successAnswer(context, renameWireFields(context.profile, wire, 'toPlatform'));
}
