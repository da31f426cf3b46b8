import { isErrorCode, type ErrorCode, type Failure } from '../domain/errors';

/** What a user reads for each failure code. Exhaustive: a new code must get a message here. */
export const MESSAGES: Record<ErrorCode, string> = {
  'INPUT.INVALID': '填写的内容有误，请检查后再提交',
  'AUTH.FORBIDDEN': '您没有权限进行此操作',
  'AUTH.NO_IDENTITY': '无法确认您的微信身份，请在微信中重新打开小程序',
  'ACTION.UNKNOWN': '暂不支持此操作，请更新小程序后再试',
  'SCENE.INVALID': '二维码内容无法识别，请重新扫描楼栋码或联系社区工作人员',
  'INTERNAL.ERROR': '系统繁忙，请稍后再试',
  'NETWORK.UNAVAILABLE': '网络连接失败，请检查网络后重试',
  'CLOUD.FUNCTION_FAILED': '服务出了点问题，请稍后再试',
  'CLOUD.TIMEOUT': '服务响应超时，请稍后再试',
  'CLOUD.NOT_FOUND': '暂不支持此功能，请更新小程序后再试',
  'CLOUD.BAD_REQUEST': '请求有误，请刷新页面后重试',
  'CLOUD.BODY_TOO_LARGE': '提交的内容太多，请删减后再试',
  'CLOUD.METHOD_NOT_ALLOWED': '请求有误，请刷新页面后重试',
};

export const FALLBACK_MESSAGE = '系统繁忙，请稍后再试';

/** The Chinese message for a failure code (or a whole Failure); unknown codes get the fallback. */
export function messageFor(codeOrFailure: string | Pick<Failure, 'code'>): string {
  const code = typeof codeOrFailure === 'string' ? codeOrFailure : codeOrFailure.code;
  return isErrorCode(code) ? MESSAGES[code] : FALLBACK_MESSAGE;
}
