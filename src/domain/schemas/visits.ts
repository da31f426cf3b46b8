// `visit` actions of visit orders (巡访单): the volunteer's list, recording an outcome, turning a need
// into a wish; the plan settings live under settings key `visits`.
export const visitActions = {} as const;
