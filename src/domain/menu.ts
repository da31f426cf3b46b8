// The service menu (菜单式服务): what a resident may ask for, which team specialty serves it,
// and how many points the volunteer earns for it. How fast (时限) is configuration: sla.ts.

export const CATEGORIES = [
  'health_check',
  'haircut',
  'repairs',
  'errands',
  'companionship',
  'cleaning',
  'legal_advice',
  'psych_support',
  'medicine_purchase',
  'hospital_escort',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Team specialties (专业队伍): 健康有约, 理发, 乐修匠, 跑腿代办, 陪伴, 保洁, 法律援助, 心理疏导, 综合. */
export const SPECIALTIES = ['health', 'haircut', 'repair', 'errand', 'companion', 'cleaning', 'legal', 'psych', 'general'] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export interface MenuItem {
  label: string;
  specialty: Specialty;
  points: number;
}

export const SERVICE_MENU: Record<Category, MenuItem> = {
  health_check: { label: '健康检查', specialty: 'health', points: 10 },
  haircut: { label: '上门理发', specialty: 'haircut', points: 10 },
  repairs: { label: '家电维修', specialty: 'repair', points: 20 },
  errands: { label: '代购跑腿', specialty: 'errand', points: 10 },
  companionship: { label: '陪伴聊天', specialty: 'companion', points: 10 },
  cleaning: { label: '打扫卫生', specialty: 'cleaning', points: 15 },
  legal_advice: { label: '法律咨询', specialty: 'legal', points: 15 },
  psych_support: { label: '心理疏导', specialty: 'psych', points: 15 },
  medicine_purchase: { label: '代买急药', specialty: 'errand', points: 15 },
  hospital_escort: { label: '陪同就医', specialty: 'health', points: 20 },
  other: { label: '其他', specialty: 'general', points: 10 },
};

export const SPECIALTY_LABELS: Record<Specialty, string> = {
  health: '健康有约',
  haircut: '爱心理发',
  repair: '乐修匠',
  errand: '跑腿代办',
  companion: '陪伴关怀',
  cleaning: '保洁服务',
  legal: '法律援助',
  psych: '心理疏导',
  general: '综合服务',
};

export type Urgency = 'normal' | 'urgent';

/** Service time credited for one order is what the volunteer recorded, capped at a working day. */
export const MAX_CREDITED_MINUTES = 8 * 60;
