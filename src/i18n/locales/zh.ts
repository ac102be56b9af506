import type {LocaleTable} from '../messages.js';

/** 中文（简体）. */
export const zh: LocaleTable = [
  '由{name}于{date}提交', // submittedByOn
  '提交于{date}', // submittedOn
  '由{name}提交', // submittedBy
  '更新于{date}', // updatedOn
  '展开', // showMore
  '收起', // showLess
  '阅读承诺全文', // readPledge
  '阅读承诺全文：{title}', // readPledgeTitled
  '目标', // objectives
  '合作伙伴', // partners
  '响应承诺 {id}', // matches
  '实施期', // period
  '{start}至{end}', // periodRange
  '{start}起', // periodFrom
  '至{end}', // periodUntil
  '状态', // status
  '安全、有序和正常移民全球契约目标{n}：{title}', // objectiveChip
  // stakeholders
  [
    '地方政府', // local-government
    '国家政府', // national-government
    '联合国系统', // un-system
    '国际组织', // international-organisation
    '民间社会', // civil-society
    '移民或侨民组织', // migrant-organisation
    '私营部门', // private-sector
    '工会', // trade-union
    '学术界', // academia
    '网络', // network
    '其他', // other
  ],
  // statuses
  [
    '计划中', // planned
    '进行中', // in-progress
    '已履行', // fulfilled
  ],
  // scopes
  [
    '地方', // local
    '国家以下', // subnational
    '国家', // national
    '区域', // regional
    '全球', // global
  ],
  // forms
  [
    '资金', // financial
    '人力资源', // human-resources
    '流程', // process
    '政策', // policy
  ],
  // types
  [
    '单独承诺', // individual
    '共同承诺', // common
    '伙伴关系承诺', // partnership
    '配套承诺', // matching
  ],
  // objectiveLabels
  [
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
  '安全、有序和正常移民全球契约目标', // objectiveListTitle
  '全部目标', // allObjectives
  {other: '{count}项承诺'}, // pledgeCount
  '目标{n}', // objectiveNumber
  '订阅', // subscribe
  '订阅当前筛选结果', // subscribeSelection
  '订阅全部承诺', // subscribeAll
  '复制链接', // copyLink
  '链接已复制', // linkCopied
  '复制失败', // copyFailed
  '通过电子邮件订阅', // subscribeByEmail
  '电子邮件地址', // emailAddress
  '请输入有效的电子邮件地址', // emailInvalid
  '正在订阅…', // subscribing
  '订阅申请已提交。请查看收件箱并确认订阅。', // subscribed
  '订阅失败：{reason}。请重试。', // subscribeFailed
  '服务器返回状态码 {status}', // emailServerStatus
  '服务器未及时响应', // emailTimeout
  '无法连接服务器', // emailNetwork
  '关闭', // close
  '筛选', // filters
  '目标', // objective
  '利益攸关方类型', // stakeholder
  '国家或地区', // country
  '年份', // year
  '搜索', // search
  '搜索承诺', // searchPlaceholder
  '不限', // any
  '清除筛选条件', // clearFilters
  '排序方式', // sort
  // sortOrders
  [
    '最新优先', // newest
    '最早优先', // oldest
    '按标题', // title
  ],
  '没有符合这些筛选条件的承诺。', // noMatch
  '第{from}–{to}项，共{total}项', // showing
  '上一页', // previousPage
  '下一页', // nextPage
  '第{page}页，共{count}页', // pageOf
  '正在加载承诺…', // loading
  '无法加载承诺。', // loadFailed
  '重试', // retry
  // feedErrors
  [
    '请检查网络连接。', // network
    '服务器响应超时。', // timeout
    '服务器返回了错误。', // http
    '该地址返回的不是订阅源。', // not-json
    '该地址的文件不是承诺订阅源。', // not-a-feed
  ],
  '您目前处于离线状态：显示的是{date}保存的承诺。', // offline
  {other: '此订阅源中有{count}项承诺信息不完整，无法显示。'}, // incomplete
  '承诺', // pledges
  // pledge-feed, added with the board
  '分页', // pagination
  // pledge-card, added with the card
  '正在加载该承诺…', // pledgeLoading
  '无法加载该承诺。', // pledgeLoadFailed
  '此订阅源中没有该承诺。', // pledgeNotFound
  // pledge-objective-list, added with the list
  '目标{n}，{label}：{title}（{count}）', // objectiveOption
  '没有承诺涉及任何目标。', // objectiveListEmpty
];
