// The client's guide at the top of docs/API.md: how a call travels, what the gateway answers, the error
// codes, the service menu and the rules behind some answers. The prose is written by hand; every
// number and table comes from the code it describes, so `npm run api-doc` keeps it true.
import { API_BODY_LIMIT } from '../localcloud/gateway/http-util';
import { SESSION_COOKIE } from '../localcloud/gateway/session';
import { suggestTeams } from '../src/domain/dispatch';
import { ERROR_CODES, type ErrorCode } from '../src/domain/errors';
import { MAX_CREDITED_MINUTES, SERVICE_MENU, SPECIALTY_LABELS, type Category } from '../src/domain/menu';
import { DEFAULT_SLA } from '../src/domain/sla';
import { CompleteInput } from '../src/domain/schemas';
import { MESSAGES } from '../src/services/messages';
import { AUTO_CLOSE_AFTER_DAYS, DAILY_WISHES_PER_OPENID, DAILY_WISHES_PER_PHONE, DUPLICATE_WINDOW_MS } from '../src/domain/wish/guards';
import { REOPEN_AT_OR_BELOW } from '../src/domain/wish/machine';
import { AT_CENTRE, statusesIn } from '../src/domain/wish/states';

const code = (s: string) => `\`${s}\``;
const list = (items: readonly string[]) => items.map(code).join(', ');

/**
 * What the local cloud's gateway (localcloud/gateway/api.ts, http-util.ts) answers to `POST /api/<fn>`,
 * in the order it checks. Read by hand from that code.
 */
export const GATEWAY_ANSWERS: ReadonlyArray<{ status: number; code?: ErrorCode; when: string }> = [
  { status: 405, code: 'CLOUD.METHOD_NOT_ALLOWED', when: 'the method is not `POST`' },
  {
    status: 404,
    code: 'CLOUD.NOT_FOUND',
    when: 'the name is not a function name (a letter, then up to 59 of `A-Z a-z 0-9 _ -`), or no such function is deployed',
  },
  { status: 415, code: 'CLOUD.BAD_REQUEST', when: 'the `content-type` is not `application/json`' },
  {
    status: 413,
    code: 'CLOUD.BODY_TOO_LARGE',
    when: `the body is over ${API_BODY_LIMIT / 1024} KB (declared or as sent); the connection is closed`,
  },
  { status: 400, code: 'CLOUD.BAD_REQUEST', when: 'the body is not JSON, or not a JSON object (an empty body counts as `{}`)' },
  {
    status: 200,
    when: 'the function ran: the body is its answer, `{ ok: true, data }` or `{ ok: false, error }` (any code of the table below but `CLOUD.*`)',
  },
  { status: 502, code: 'CLOUD.FUNCTION_FAILED', when: 'the function crashed or its instance died' },
  { status: 504, code: 'CLOUD.TIMEOUT', when: 'the function ran past its `config.json` timeout (the instance is killed)' },
];

/** The suggestion score's weights, read off `suggestTeams` itself so the text follows the code. */
export function scoreWeights(): { coverage: number; specialty: number; perOrder: number; loadCap: number } {
  const category: Category = 'repairs';
  const score = (covers: boolean, specialty: boolean, openLoad: number) =>
    suggestTeams({ category, communityId: 'c', excludedTeamIds: [] }, [
      { _id: 't', name: 't', specialties: specialty ? [SERVICE_MENU[category].specialty] : [], communities: covers ? ['c'] : [], openLoad },
    ])[0].score;
  const base = score(false, false, 0);
  return {
    coverage: score(true, false, 0) - base,
    specialty: score(false, true, 0) - base,
    perOrder: base - score(false, false, 1),
    loadCap: base - score(false, false, Number.MAX_SAFE_INTEGER),
  };
}

function calling(): string[] {
  return [
    '## Calling a function',
    '',
    'Every function takes one event `{ action, …input }` and answers `{ ok: true, data }` or',
    '`{ ok: false, error: { code, message, issues? } }`. The caller is the WeChat OPENID of the',
    'invocation, never a field of the event. Unknown keys are rejected everywhere (strict objects).',
    'A function checks, in this order (`cloudfunctions/_lib/router.ts`):',
    '',
    "1. the caller's identity: none answers `AUTH.NO_IDENTITY`;",
    "2. `action`: missing or not a string answers `INPUT.INVALID` with the issue `{ path: 'action' }`; a",
    '   string that names no action of the function answers `ACTION.UNKNOWN`;',
    "3. the input against the action's schema: `INPUT.INVALID` with `issues: [{ path, message }]`, in",
    "   Chinese for the fields a person fills in (WeChat's injected `userInfo` is dropped first, never read);",
    '4. the action itself; its data is checked against the output schema, and anything it throws, or',
    '   data outside the schema, answers `INTERNAL.ERROR`.',
    '',
    'A caller with no relation to a wish (not its owner, the centre, its team or its claimant) hears',
    '`WISH.NOT_FOUND` from every action on it, so wish ids reveal nothing.',
    '',
  ];
}

function transport(): string[] {
  return [
    '## Transport: HTTP statuses and `CLOUD.*` codes',
    '',
    'On WeChat the client calls `Taro.cloud.callFunction({ name, data })` and reads `result`. A platform',
    'failure there (function missing, crashed, timed out) becomes `INTERNAL.ERROR`, anything else',
    '`NETWORK.UNAVAILABLE` (`src/services/cloudTransport.ts`).',
    '',
    `In a browser (H5) the client sends \`POST /api/<fn>\` with the event as a JSON body to the local cloud's gateway; the caller is the signed \`${SESSION_COOKIE}\` cookie. Without a valid cookie the function still runs, with no OPENID, and answers \`AUTH.NO_IDENTITY\`. The gateway answers (in the order it checks):`,
    '',
    '| status | `error.code` | when |',
    '|---|---|---|',
    ...GATEWAY_ANSWERS.map((a) => `| ${a.status} | ${a.code ? code(a.code) : '—'} | ${a.when.replace(/\|/g, '\\|')} |`),
    '',
    'Every non-200 body is `{ ok: false, error: { code, message } }`. Answers from an invocation (200,',
    'the 404 of a missing function, 502, 504) carry its `x-request-id`. The client',
    '(`src/services/httpTransport.ts`) turns a failed fetch, or a 502/503/504 without a JSON body, into',
    '`NETWORK.UNAVAILABLE`, and treats any other non-2xx answer as a failure even if its body claims success.',
    '',
  ];
}

function errorCodes(): string[] {
  return [
    '## Error codes',
    '',
    'Every code a client can meet, with the message a person reads (`src/services/messages.ts`); the',
    'codes are `src/domain/errors.ts`. `NETWORK.UNAVAILABLE` is made by the client itself.',
    '',
    '| code | the person reads |',
    '|---|---|',
    ...ERROR_CODES.map((c) => `| ${code(c)} | ${MESSAGES[c]} |`),
    '',
  ];
}

function menu(): string[] {
  const sla = (c: Category) => `${DEFAULT_SLA[c].hours} ${DEFAULT_SLA[c].clock ? 'clock' : 'working'}`;
  return [
    '## The service menu',
    '',
    '`category` of a wish (`src/domain/menu.ts`): the team specialty that serves it, the default hours from',
    'filing to the due time (settings `sla`: working hours on the calendar `calendar`, or clock hours 24/7;',
    'an `urgent` wish gets half, on the clock), and the points the volunteer earns when it closes.',
    '',
    '| category | label | team specialty | SLA hours | urgent SLA clock hours | points |',
    '|---|---|---|---|---|---|',
    ...(Object.entries(SERVICE_MENU) as Array<[Category, (typeof SERVICE_MENU)[Category]]>).map(
      ([c, m]) =>
        `| ${code(c)} | ${m.label} | ${code(m.specialty)} ${SPECIALTY_LABELS[m.specialty]} | ${sla(c)} | ${DEFAULT_SLA[c].hours / 2} | ${m.points} |`,
    ),
    '',
  ];
}

function rules(): string[] {
  const minutes = CompleteInput.shape.minutes;
  const max = minutes.maxValue ?? Infinity;
  const hours = (n: number) => `${Number((n / 60).toFixed(2))} h`;
  const w = scoreWeights();
  const ordered = w.coverage > w.specialty + w.loadCap && w.specialty > w.loadCap;
  return [
    '## Rules behind the answers',
    '',
    '### Duplicate wishes (`wish.submit`)',
    '',
    `A new wish duplicates an earlier one with the same contact phone, stairwell (\`buildingId\`) and \`category\` that is still open (${list(statusesIn('open'))}) and was filed less than ${DUPLICATE_WINDOW_MS / 3_600_000} h ago (\`src/domain/wish/guards.ts\`).`,
    '',
    "- Only the filer's **own** wish is ever named: the answer is `{ outcome: 'duplicate', existingWishId }`",
    '  and nothing is written. The client shows that wish; sending again with `confirmDuplicate: true` files it anyway.',
    "- A duplicate of **someone else's** wish is filed as usual (`outcome: 'created'`) and flagged for the",
    '  centre; the answer reveals nothing about the other wish.',
    '- Sending the same `requestId` again answers `created` with the same `wishId`: a retry files once.',
    `- At most ${DAILY_WISHES_PER_OPENID} wishes per OPENID and ${DAILY_WISHES_PER_PHONE} per phone per business day (Asia/Shanghai); then \`WISH.RATE_LIMITED\`.`,
    '',
    '### Service time (`volunteer.complete`)',
    '',
    `\`minutes\` is refused above ${max} (${hours(max)}) and below ${minutes.minValue} with \`INPUT.INVALID\`: the limit is the schema's (\`CompleteInput\` in \`src/domain/schemas/volunteer.ts\`). ` +
      (max > MAX_CREDITED_MINUTES
        ? `The passbook credits at most ${MAX_CREDITED_MINUTES} minutes (${hours(MAX_CREDITED_MINUTES)}) per order (\`MAX_CREDITED_MINUTES\`).`
        : `Every accepted value is credited in full (the ledger's cap, \`MAX_CREDITED_MINUTES\`, is ${MAX_CREDITED_MINUTES}).`),
    '',
    '### Rating (`wish.rate`)',
    '',
    "The answer's `status` says what happened:",
    '',
    `- \`closed\` (\`credited: true\`): ${REOPEN_AT_OR_BELOW + 1} stars or more, and the volunteer was paid in the same call. The timeline gains two entries: \`rate\` (\`completed\` → \`rated\`, by the owner) and \`close\` (\`rated\` → \`closed\`, by \`system\`).`,
    `- \`reopened\` (\`credited: false\`): ${REOPEN_AT_OR_BELOW} stars or fewer. The wish goes back to the centre (the queue holds ${list(AT_CENTRE)}) to be dispatched to another team; the team that served it can never get it again. Such a rating must say what was not done: without a \`comment\` of at least 2 characters the answer is \`INPUT.INVALID\` (issue on \`comment\`). The comment is the \`rate\` entry's note, which the centre reads in its queue; the low rating stays in the history (\`stars\`), and the resident rates the second service afresh.`,
    "- `rated` (`credited: false`): the rating stands but the payment did not go through (the sponsor's budget is empty, or",
    '  contention); the hourly timer pays and closes it later.',
    '',
    `A completed wish nobody rates closes by itself after ${AUTO_CLOSE_AFTER_DAYS} days, and the volunteer is paid.`,
    '',
    '### What the resident sees (`wish.detail`)',
    '',
    "- Once someone holds the wish, the owner's view carries `servedBy`: the volunteer's masked name, the team's name and the community's hotline to call. Nobody else's view carries it, and no answer to a resident carries a volunteer's phone.",
    "- A dispatcher's note to the team (`dispatch.dispatch` `note`, shown as 「服务队可见」) appears in the history only for the team, the claimant and the centre; the owner's answer leaves it out.",
    '',
    '### Dispatch (`dispatch.dispatch`, `dispatch.suggest`)',
    '',
    '`DISPATCH.SAME_TEAM`: a team that returned the wish (`volunteer.return`), or whose service was rated',
    `${REOPEN_AT_OR_BELOW} stars or fewer, never gets the same wish again (the wish's \`excludedTeamIds\`), and \`suggest\` does not list it.`,
    '',
    `\`suggest\` ranks active teams by \`score\` (\`src/domain/dispatch.ts\`): ${w.coverage} when the team covers the wish's community (\`covers\`), plus ${w.specialty} when one of its specialties serves the category (\`specialtyMatch\`; \`other\`, whose specialty is \`general\`, matches no team: coverage and load decide), minus ${w.perOrder === 1 ? 'one per' : `${w.perOrder} per`} open order it holds (\`openLoad\`: dispatched, claimed or in service), at most ${w.loadCap}.` +
      (ordered ? ' So coverage always outranks a specialty match, and a specialty match always outranks load.' : '') +
      ' Ties go to the lighter load, then the name. `recommended` (shown as 推荐) marks the first team only when it covers the community and its specialty serves the category.',
    '',
    '### Team membership (`volunteer.join`, `volunteer.approve`)',
    '',
    "Joining creates a `pending` membership, which the team's leader approves (`active`). A pending applicant is",
    'not a member: only active memberships count for the hall, for claims and assignments, and for',
    'notifications of new orders. A pending applicant who tries to claim hears `WISH.NOT_FOUND`.',
    '`volunteer.profile` and `volunteer.teams` show the pending status.',
    '',
  ];
}

/** The guide's sections, in order, with their headings for the contents list. */
export function guideSections(): Array<{ title: string; lines: string[] }> {
  return [calling(), transport(), errorCodes(), menu(), rules()].map((lines) => ({ title: lines[0].replace(/^## /, ''), lines }));
}
