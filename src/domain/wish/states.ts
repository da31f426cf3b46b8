// The wish / order lifecycle: states, and the categories the code asks about.
//
//   submitted ─dispatch─▶ dispatched ─claim/assign─▶ claimed ─checkIn─▶ in_service ─complete─▶ completed
//       │                 │  ▲  │                     │                                         │
//       │reject  cancel◀──┘  │  └─return─▶ returned   └─release─▶ dispatched          rate ≥3 ─┤─ rate ≤2
//       ▼                    └──── dispatch ◀──────── returned / reopened                      ▼        ▼
//   rejected   cancelled                                                            rated ─close─▶ closed  reopened
//                                                      completed ─close (7 days unrated)─▶ closed

export const STATUSES = [
  'submitted',
  'dispatched',
  'claimed',
  'in_service',
  'completed',
  'rated',
  'closed',
  'rejected',
  'cancelled',
  'returned',
  'reopened',
] as const;
export type Status = (typeof STATUSES)[number];

/** open: someone still has to act; done: served, waiting for rating or credit; closed: final. */
export type StatusGroup = 'open' | 'done' | 'closed';

export const STATUS_GROUP: Record<Status, StatusGroup> = {
  submitted: 'open',
  dispatched: 'open',
  claimed: 'open',
  in_service: 'open',
  returned: 'open',
  reopened: 'open',
  completed: 'done',
  rated: 'done',
  closed: 'closed',
  rejected: 'closed',
  cancelled: 'closed',
};

export const statusesIn = (group: StatusGroup): Status[] => STATUSES.filter((s) => STATUS_GROUP[s] === group);

/** A volunteer holds it, or held it until it was served: nobody else may take or cancel it. */
export const HELD: Status[] = ['claimed', 'in_service', 'completed', 'rated', 'closed'];

/** A volunteer holds it and the service is not done yet (服务中: a member's load, the leader's view). */
export const SERVING: Status[] = ['claimed', 'in_service'];

/** Waiting for the centre (中心派单): the dispatcher's queue. */
export const AT_CENTRE: Status[] = ['submitted', 'returned', 'reopened'];

export const STATUS_LABELS: Record<Status, string> = {
  submitted: '已提交，等待派单',
  dispatched: '已派单，等待志愿者接单',
  claimed: '志愿者已接单',
  in_service: '服务中',
  completed: '服务完成，请评价',
  rated: '已评价',
  closed: '已办结',
  rejected: '未受理',
  cancelled: '已取消',
  returned: '服务队退回，重新派单中',
  reopened: '评价不满意，重新派单中',
};
