const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * An idempotency key for one form (RequestId: [0-9A-Za-z_-]{8,64}): made once per form and sent
 * with every retry, so a submission retried after a timeout lands once. Not a secret, so
 * Math.random (available on weapp and H5 alike) is enough; the time prefix avoids collisions.
 */
export function newRequestId(now: number = Date.now(), random: () => number = Math.random): string {
  let id = now.toString(36);
  while (id.length < 24) id += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return id;
}
