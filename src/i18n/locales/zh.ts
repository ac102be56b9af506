import type {Messages} from '../messages.js';

/** 中文（简体）. */
export const zh: Messages = {
  submittedByOn: '由{name}于{date}提交',
  submittedOn: '提交于{date}',
  submittedBy: '由{name}提交',
  updatedOn: '更新于{date}',
  showMore: '展开',
  showLess: '收起',
  readPledge: '阅读承诺全文',
  readPledgeTitled: '阅读承诺全文：{title}',
  objectives: '目标',
  partners: '合作伙伴',
  matches: '响应承诺 {id}',
  period: '实施期',
  periodRange: '{start}至{end}',
  periodFrom: '{start}起',
  periodUntil: '至{end}',
  status: '状态',
  objectiveChip: '安全、有序和正常移民全球契约目标{n}：{title}',
  stakeholders: {
    'local-government': '地方政府',
    'national-government': '国家政府',
    'un-system': '联合国系统',
    'international-organisation': '国际组织',
    'civil-society': '民间社会',
    'migrant-organisation': '移民或侨民组织',
    'private-sector': '私营部门',
    'trade-union': '工会',
    academia: '学术界',
    network: '网络',
    other: '其他',
  },
  statuses: {
    planned: '计划中',
    'in-progress': '进行中',
    fulfilled: '已履行',
  },
  scopes: {
    local: '地方',
    subnational: '国家以下',
    national: '国家',
    regional: '区域',
    global: '全球',
  },
  forms: {
    financial: '资金',
    'human-resources': '人力资源',
    process: '流程',
    policy: '政策',
  },
  types: {
    individual: '单独承诺',
    common: '共同承诺',
    partnership: '伙伴关系承诺',
    matching: '配套承诺',
  },
  objectiveLabels: [
    '数据', // 1
    '不利驱动因素', // 2
    '信息', // 3
    '合法身份', // 4
    '正常移民途径', // 5
    '体面工作', // 6
    '脆弱性', // 7
    '失踪移民', // 8
    '偷运移民', // 9
    '贩运人口', // 10
    '边境管理', // 11
    '甄别和转介', // 12
    '拘留替代办法', // 13
    '领事保护', // 14
    '基本服务', // 15
    '包容和社会凝聚力', // 16
    '不歧视', // 17
    '技能', // 18
    '侨民贡献', // 19
    '汇款', // 20
    '返回和重新融入', // 21
    '社会保护', // 22
    '国际合作', // 23
  ],
  objectiveListTitle: '安全、有序和正常移民全球契约目标',
  allObjectives: '全部目标',
  pledgeCount: {other: '{count}项承诺'},
  objectiveNumber: '目标{n}',
  subscribe: '订阅',
  subscribeSelection: '订阅当前筛选结果',
  subscribeAll: '订阅全部承诺',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  copyFailed: '复制失败',
  subscribeByEmail: '通过电子邮件订阅',
  emailAddress: '电子邮件地址',
  emailInvalid: '请输入有效的电子邮件地址',
  subscribing: '正在订阅…',
  subscribed: '订阅申请已提交。请查看收件箱并确认订阅。',
  subscribeFailed: '订阅失败：{reason}。请重试。',
  emailServerStatus: '服务器返回状态码 {status}',
  emailTimeout: '服务器未及时响应',
  emailNetwork: '无法连接服务器',
  close: '关闭',
  filters: '筛选',
  objective: '目标',
  stakeholder: '利益攸关方类型',
  country: '国家或地区',
  year: '年份',
  search: '搜索',
  searchPlaceholder: '搜索承诺',
  any: '不限',
  clearFilters: '清除筛选条件',
  sort: '排序方式',
  sortOrders: {
    newest: '最新优先',
    oldest: '最早优先',
    title: '按标题',
  },
  noMatch: '没有符合这些筛选条件的承诺。',
  showing: '第{from}–{to}项，共{total}项',
  previousPage: '上一页',
  nextPage: '下一页',
  pageOf: '第{page}页，共{count}页',
  loading: '正在加载承诺…',
  loadFailed: '无法加载承诺。',
  retry: '重试',
  feedErrors: {
    network: '请检查网络连接。',
    timeout: '服务器响应超时。',
    http: '服务器返回了错误。',
    'not-json': '该地址返回的不是订阅源。',
    'not-a-feed': '该地址的文件不是承诺订阅源。',
    'too-large': '此订阅源过大，无法在此显示。',
  },
  savedCopy: {
    offline: '您目前处于离线状态：显示的是{date}保存的承诺。',
    unreachable: '无法访问订阅源：显示的是{date}保存的承诺。',
    timeout: '订阅源服务器响应超时：显示的是{date}保存的承诺。',
    serverError: '订阅源服务器返回了错误：显示的是{date}保存的承诺。',
    busy: '订阅源服务器繁忙：显示的是{date}保存的承诺。',
  },
  partialFeed: '此订阅源中的部分承诺无法加载。',
  incomplete: {other: '此订阅源中有{count}项承诺信息不完整，无法显示。'},
  repeatedId: {other: '有{count}项承诺无法显示，因为订阅源中另有承诺使用相同的标识符。'},
  pledges: '承诺',
  // pledge-feed, added with the board
  pagination: '分页',
  // pledge-card, added with the card
  pledgeLoading: '正在加载该承诺…',
  pledgeLoadFailed: '无法加载该承诺。',
  pledgeNotFound: '此订阅源中没有该承诺。',
  // pledge-objective-list, added with the list
  objectiveOption: '目标{n}，{label}：{title}（{count}）',
  objectiveListEmpty: '没有承诺涉及任何目标。',
};
