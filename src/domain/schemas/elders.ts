// `visit` actions of the elders' registry (巡访对象登记): community staff keep it (scoped by their grants),
// import it from the community's spreadsheet, and read the board (overdue first).
export const elderActions = {} as const;
