/** Sends the watch's email (20 units), from the deployment's owner to the recipients. */
import * as email from 'N/email';
import type { Recipient } from '../../core/watch/recipients';
import type { WatchEmail } from '../../render/watchEmail';

export function sendWatchEmail(authorId: number, recipients: readonly Recipient[], message: WatchEmail): void {
  // Employees by internal id (a number), others by address: email.send takes both in one array.
  const addresses: (number | string)[] = recipients.map((recipient) =>
    recipient.kind === 'email' ? recipient.address : recipient.id,
  );
  email.send({ author: authorId, recipients: addresses as string[], subject: message.subject, body: message.body });
}
