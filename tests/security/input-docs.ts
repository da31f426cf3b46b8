// The error codes docs/API.md documents for each action (its **Errors** line), and the codes every
// action may answer (the preamble: INPUT.INVALID, AUTH.NO_IDENTITY, INTERNAL.ERROR, ACTION.UNKNOWN).
import fs from 'node:fs';
import path from 'node:path';

export function documentedErrors(): { perAction: Map<string, Set<string>>; everywhere: Set<string> } {
  const md = fs.readFileSync(path.resolve(__dirname, '../../docs/API.md'), 'utf8');
  const perAction = new Map<string, Set<string>>();
  let current: string | undefined;
  for (const line of md.split('\n')) {
    const head = /^### `([a-z_]+\.[a-z_]+)`/.exec(line);
    if (head) current = head[1];
    const errors = /^\*\*Errors\*\*: (.*)$/.exec(line);
    if (errors && current) perAction.set(current, new Set([...errors[1].matchAll(/`([A-Z_]+\.[A-Z_]+)`/g)].map((m) => m[1])));
  }
  return { perAction, everywhere: new Set(['INPUT.INVALID', 'AUTH.NO_IDENTITY', 'INTERNAL.ERROR', 'ACTION.UNKNOWN']) };
}
