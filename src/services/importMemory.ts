// The elders' import job this phone or browser started last, remembered until it ends, so a reopened
// 巡访对象导入 page continues it and shows its progress (the job itself lives in the cloud).
import Taro from '@tarojs/taro';

const KEY = 'msb.elderImport.v1';

export function recallImportJob(): string | undefined {
  try {
    const v: unknown = Taro.getStorageSync(KEY);
    return typeof v === 'string' && /^[0-9A-Za-z_-]{1,64}$/.test(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers a running job's id; `undefined` forgets it (the job ended). */
export function rememberImportJob(jobId: string | undefined): void {
  try {
    if (jobId) Taro.setStorageSync(KEY, jobId);
    else Taro.removeStorageSync(KEY);
  } catch {
    // Not remembered: pressing 导入 again with the same file continues the job all the same.
  }
}
