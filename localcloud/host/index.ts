// Public API of the function host.
export { FunctionHost, type FunctionHostOptions, type InvokeCaller } from './function-host';
export { functionActions, FUNCTIONS_EXECUTE_FAIL } from './actions';
export { parseCron7, DEFAULT_TIMER_TZ, type CronSchedule } from './cron';
export { isValidFunctionName, listFunctionNames, readFunctionDef, type FunctionDef } from './function-config';
export { printLog, type FunctionLogEntry, type LogSink } from './logs';
