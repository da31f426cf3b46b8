import { isErrorCode, type ErrorCode, type Failure } from '../domain/errors';

/** What a user reads for each failure code. Exhaustive: a new code must get a message here. */
export const MESSAGES: Record<ErrorCode, string> = {
  'INPUT.INVALID': '填写的内容有误，请检查后再提交',
  'AUTH.FORBIDDEN': '您没有权限进行此操作',
  'AUTH.NO_IDENTITY': '无法确认您的微信身份，请在微信中重新打开小程序；仍然不行，请联系社区工作人员',
  'ACTION.UNKNOWN': '暂不支持此操作，请更新小程序后再试',
  'SCENE.INVALID': '二维码内容无法识别，请重新扫描楼栋码或联系社区工作人员',
  'INTERNAL.ERROR': '系统繁忙，请稍后再试',
  'NETWORK.UNAVAILABLE': '网络连接失败，请检查网络后重试',
  'BUILDING.NOT_FOUND': '没有找到这个楼栋码，请联系社区工作人员',
  'BUILDING.RETIRED': '此二维码已停用，请联系社区工作人员，或自己选择楼栋',
  'WISH.NOT_FOUND': '没有找到这条心愿，或您已无权查看',
  'WISH.RATE_LIMITED': '今天提交的心愿已经够多了，请明天再来，急事请直接联系社区',
  'WISH.CONTENT_RISKY': '内容里有不合适的词语，请修改后再提交',
  'WISH.CANNOT_CANCEL': '志愿者已经接单，不能取消了，如有变化请联系社区',
  'WISH.ALREADY_RATED': '这条心愿已经评价过了，谢谢您',
  'ORDER.INVALID_TRANSITION': '当前状态下不能进行这个操作，请刷新后再看',
  'ORDER.ALREADY_CLAIMED': '手慢了，这一单已经被其他志愿者接走了',
  'ORDER.NOT_CLAIMANT': '这一单不是您接的',
  'ORDER.CHANGED': '这一单刚刚有了变化，请刷新后再试',
  'ORDER.OWN_WISH': '不能接自己提交的心愿，请让队里其他志愿者来办',
  'DISPATCH.TEAM_NOT_FOUND': '没有找到这支服务队',
  'DISPATCH.SAME_TEAM': '这条心愿需要换一支服务队来办',
  'TEAM.NOT_FOUND': '没有找到这支服务队',
  'TEAM.NOT_MEMBER': '您还不是这支服务队的队员',
  'TEAM.ALREADY_MEMBER': '您已经申请或加入了这支服务队',
  'VOLUNTEER.NOT_REGISTERED': '请先完成志愿者注册',
  'VISIT.DATE_PASSED': '这一天已经过去了，请选今天或以后的日子',
  'MINUTES.NOTHING_TO_CONFIRM': '这一单的服务时长不需要确认',
  'MINUTES.MORE_THAN_CLAIMED': '确认的时长不能超过志愿者填写的时长',
  'MINUTES.AWAITING_CONFIRMATION': '服务时长还在等队长确认，确认后积分就会存入存折',
  'AWARD.NO_SERVICE': '这条心愿还没有被退回的服务，不能补记积分',
  'AWARD.BUDGET_EXHAUSTED': '资助方的积分预算不够了，请联系总行补充预算后再试',
  'COMMUNITY.NOT_FOUND': '没有找到这个社区，或它不归您管理',
  'SPONSOR.NOT_FOUND': '没有找到这个赞助方',
  'SHOP.NOT_FOUND': '还没有登记您的店铺，请找街道管理员登记',
  'ADMIN.CHANGED': '刚刚有人改过这一项，请刷新后再试',
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
