// The dashboard's figures and what each one means, in the words shown next to it (docs/DOMAIN.md).
// Every figure of a month is about the wishes FILED in that month (a cohort): a later dispatch, rating or
// completion counts for the month the wish was filed in, so a closed month's figures only grow while its
// wishes are still open — the snapshot of a closed month is made once and kept (see the insight function).

/** 响应时限: a wish is answered (响应) when the centre acts on it within this many clock hours of filing. */
export const RESPONSE_HOURS = 24;

/** The centre's answers to a wish: sent to a team, to the wall, into an activity, or declined. */
export const RESPONSE_ACTIONS = ['dispatch', 'publish_to_wall', 'attach_activity', 'reject'] as const;

/** Served (服务完成): the service is done, whether still waiting for its rating or closed. */
export const SERVED_STATUSES = ['completed', 'rated', 'closed'] as const;

/** A rating at or above this is satisfied (满意). */
export const SATISFIED_AT_OR_ABOVE = 4;

export const RATES = ['response', 'resolution', 'satisfaction'] as const;
export type Rate = (typeof RATES)[number];

/** The 三率 of the 12345 hotline, as the dashboard shows them: the name and the definition next to it. */
export const RATE_DEFINITIONS: Record<Rate, { label: string; definition: string }> = {
  response: {
    label: '响应率',
    definition: `当月提交的心愿中，提交后${RESPONSE_HOURS}小时内被派单、上墙、并入活动或答复不予受理的比例（分母：当月提交数）。`,
  },
  resolution: {
    label: '解决率',
    definition: '当月提交的心愿中已服务完成（待评价、已评价、已办结）的比例（分母：当月提交数，不含已取消的）。',
  },
  satisfaction: {
    label: '满意率',
    definition: `当月提交的心愿收到的评价中，${SATISFIED_AT_OR_ABOVE}星及以上的比例（分母：评价次数；重办前的评价也计入）。`,
  },
};

export const DURATIONS = ['toDispatch', 'toClaim', 'toComplete'] as const;
export type Duration = (typeof DURATIONS)[number];

/** The medians (中位数, minutes on the clock), as shown. */
export const DURATION_DEFINITIONS: Record<Duration, { label: string; definition: string }> = {
  toDispatch: { label: '派单用时中位数', definition: '从提交到第一次派单的时间（分钟），只计已派单的心愿。' },
  toClaim: { label: '接单用时中位数', definition: '从第一次派单到第一次接单或指派的时间（分钟），只计已接单的心愿。' },
  toComplete: { label: '完成用时中位数', definition: '从提交到第一次服务完成的时间（分钟），只计已完成的心愿。' },
};

export const SERVED_HOURS_DEFINITION = '当月提交的心愿中已服务完成的，志愿者填报（或服务队长确认）的服务分钟数之和，折算为小时。';

/**
 * A month is settled this many days after it ended (the 7-day auto-close of unrated services has run on
 * most of its wishes): from then on its figures are kept as a snapshot; before, they are computed live.
 */
export const SETTLE_DAYS = 7;

/** Beyond wishes: the month's volunteers, activities and visits, and the year's party members (as shown). */
export const SERVICE_FIGURES = ['registered', 'active', 'held', 'attendance', 'visits', 'party'] as const;
export type ServiceFigure = (typeof SERVICE_FIGURES)[number];

/** Activities counted as held (举办): closed, or closing (their credits being paid). */
export const HELD_STATUSES = ['closing', 'closed'] as const;

/** Party members' branch (党支部): the community's party organisation — a volunteer's home community. */
export const SERVICE_DEFINITIONS: Record<ServiceFigure, { label: string; definition: string }> = {
  registered: {
    label: '注册志愿者',
    definition: '家在范围内社区、已在小程序注册的志愿者人数（不含仅由名册导入尚未注册的；往月为该月快照生成时的人数）。',
  },
  active: {
    label: '活跃志愿者',
    definition: '注册志愿者中，当月存折有服务入账（心愿服务积分或时长、活动积分）的人数。',
  },
  held: { label: '举办活动', definition: '活动结束时间在当月、已结项（或正在结项发放积分）的活动数，按活动所在社区计。' },
  attendance: {
    label: '活动到场率',
    definition: '当月举办的活动中，到场完成签到签退并获积分的人次占报名人次（含未到场，不含候补和已退出）的比例。',
  },
  visits: { label: '巡访完成率', definition: '应巡访日期在当月的巡访单中，已完成记录的比例；逾期未做的计为漏访。' },
  party: {
    label: '党员时长未达标',
    definition: '本年度至今，各社区党支部（按党员志愿者的所在社区）服务时长低于年度要求的党员人数。',
  },
};
