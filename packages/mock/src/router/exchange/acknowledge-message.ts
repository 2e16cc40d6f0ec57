import { shanghaiSeconds } from '../../state/credit/shanghai-seconds.js';
import { successAnswer } from '../answer.js';
import { notFoundAnswer } from '../request-input.js';
import type { Handled } from '../serve-request.js';
import type { ExchangeContext } from './exchange-context.js';

/**
 * `acknowledgeMessage`: removes a message from the caller's inbox for good; 200 `{ messageId,
 * acknowledgedAt }` (again: the first acknowledgement's time), 404 `E_NOT_FOUND` when the message is not
 * in the caller's inbox.
 */
export function acknowledgeMessage(context: ExchangeContext): Handled {
  const { platform, department } = context;
  const messageId = context.params.messageId ?? '';
  const entry = platform.state.inboxes.acknowledge(department.code, messageId, platform.clock.now());
  if (entry?.acknowledgedAt === undefined) return { answer: notFoundAnswer(context) };
  return {
    answer: successAnswer(context, { messageId, acknowledgedAt: shanghaiSeconds(entry.acknowledgedAt) }),
    journal: { messageId },
  };
}
