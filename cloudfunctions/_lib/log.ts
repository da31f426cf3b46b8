/**
 * Logs that never carry personal data: no events, no openids, no error messages (SDK
 * messages can contain document ids such as openids) — only names and code locations.
 */
export function logFailure(fn: string, stage: string, err?: unknown): void {
  const entry: Record<string, string> = { fn, stage };
  if (err instanceof Error) {
    entry.error = err.name;
    // wx-server-sdk errors carry a numeric errCode (e.g. -502001): safe and useful.
    const errCode = (err as { errCode?: unknown }).errCode;
    if (typeof errCode === 'number') entry.errCode = String(errCode);
    // Stack frames only: the first line of `stack` repeats the message.
    entry.at = (err.stack ?? '')
      .split('\n')
      .slice(1, 4)
      .map((line) => line.trim())
      .join(' | ');
  } else if (err !== undefined) {
    entry.error = typeof err;
  }
  console.error(JSON.stringify(entry));
}
