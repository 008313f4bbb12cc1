/** Sends the watch's email (20 units) from the sender to the recipients; a refusal is returned, never thrown. */
import * as email from 'N/email';
import type { Recipient } from '../../core/watch/recipients';
import type { WatchEmail } from '../../render/watchEmail';
import { describeThrown } from '../probes';

/** Null when NetSuite accepted the email, else why it refused it. */
export function sendWatchEmail(authorId: number, recipients: readonly Recipient[], message: WatchEmail): string | null {
  // Employees by internal id (a number), others by address: email.send takes both in one array.
  const addresses: (number | string)[] = recipients.map((recipient) =>
    recipient.kind === 'email' ? recipient.address : recipient.id,
  );
  try {
    email.send({ author: authorId, recipients: addresses as string[], subject: message.subject, body: message.body });
    return null;
  } catch (thrown) {
    const { code, message: text } = describeThrown(thrown);
    return `NetSuite refused the email${code ? ` (${code})` : ''}: ${text}`;
  }
}
