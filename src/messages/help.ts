/**
 * The usage texts of `repayplan --help` (src/cli/program.ts, src/cli/help.ts): each command's and
 * option's description, and the words commander adds (headings, choices, defaults). The account
 * flags' descriptions are `account.help.*` (src/messages/live.ts). The English is what the help
 * has always said; the language follows --lang, else the locale.
 */
import { defineMessages } from './types.js';

type S = string;

export const HELP = defineMessages(() => ({
  // --- the words commander itself prints (replaced for zh only: the English help is commander's own)
  'help.title.usage': { en: 'Usage:', zh: '用法：' },
  'help.title.arguments': { en: 'Arguments:', zh: '参数：' },
  'help.title.options': { en: 'Options:', zh: '选项：' },
  'help.title.commands': { en: 'Commands:', zh: '命令：' },
  'help.choices': { en: (p: { list: S }) => `choices: ${p.list}`, zh: (p: { list: S }) => `可选：${p.list}` },
  'help.default': { en: (p: { value: S }) => `default: ${p.value}`, zh: (p: { value: S }) => `默认：${p.value}` },
  'help.extra': {
    en: (p: { text: S; list: S }) => (p.text ? `${p.text} (${p.list})` : `(${p.list})`),
    zh: (p: { text: S; list: S }) => `${p.text}（${p.list}）`,
  },
  'help.extra-sep': { en: ', ', zh: '；' },
  'help.version': { en: 'output the version number', zh: '显示版本号' },
  'help.help': { en: 'display help for command', zh: '显示命令的帮助' },

  // --- the program and the options several commands share
  'help.program': {
    en: 'Turn an overdue credit-card account into exact, comparable repayment plans.',
    zh: '把一笔逾期的信用卡账户变成精确、可比较的还款方案。',
  },
  'help.opt.input': {
    en: 'read the account from a JSON file, or - for stdin (flags override its fields)',
    zh: '从 JSON 文件读取账户，- 表示标准输入（命令行参数覆盖文件中的字段）',
  },
  'help.opt.policy': { en: 'built-in preset or policy JSON file (default: cn-standard)', zh: '内置预设或政策 JSON 文件（默认：cn-standard）' },
  'help.opt.policy-hash': { en: 'refuse to run unless the policy has exactly this SHA-256', zh: '政策的 SHA-256 与此不符时拒绝运行' },
  'help.opt.policy-hash-given': { en: 'refuse to run unless --policy has exactly this SHA-256', zh: '--policy 的 SHA-256 与此不符时拒绝运行' },
  'help.opt.lang': { en: 'labels: zh or en (default from the locale)', zh: '界面语言：zh 或 en（默认按系统语言环境）' },
  'help.opt.output': { en: 'output file, or - for stdout', zh: '输出文件，- 表示标准输出' },
  'help.opt.output-format': { en: 'output format', zh: '输出格式' },
  'help.opt.table-or-json': { en: 'table or json', zh: 'table 或 json' },
  'help.opt.ledger-encoding': { en: 'ledger encoding', zh: '还款流水的编码' },
  'help.arg.agreements': {
    en: 'agreement records (JSON), NDJSON files of records, or folders of them',
    zh: '协议记录（JSON）、记录的 NDJSON 文件，或存放它们的文件夹',
  },

  // --- plan
  'help.plan': {
    en: 'compute every plan the policy allows for one account, side by side',
    zh: '为一个账户计算政策允许的全部方案，并排比较',
  },
  'help.plan.format': {
    en: 'table, json, script (the read-out script alone) or html (default: table on a terminal, json when piped)',
    zh: 'table、json、script（只输出朗读话术）或 html（默认：终端上为 table，管道输出为 json）',
  },
  'help.plan.full': {
    en: 'on a terminal: the full comparison and schedules instead of the one-screen view',
    zh: '终端上显示完整对比和还款计划表，而不是一屏概览',
  },
  'help.plan.output': { en: 'write to this file (atomically) instead of stdout', zh: '写入此文件（原子写入），而不是标准输出' },
  'help.plan.schedule': { en: "print one plan's full schedule (e.g. installment-24)", zh: '打印某个方案的完整还款计划（如 installment-24）' },
  'help.plan.offer-monthly': {
    en: 'counter-offer: the monthly payment the cardholder can manage (§4.10)',
    zh: '还价：持卡人每月能还的金额（§4.10）',
  },
  'help.plan.offer-lump': { en: 'counter-offer: the lump sum the cardholder can pay now (§4.10)', zh: '还价：持卡人现在能一次付清的金额（§4.10）' },
  'help.plan.script': {
    en: 'add the read-out script: of the plan answering the counter-offer, else --schedule ID, else the recommended plan',
    zh: '附上朗读话术：回应还价的方案，否则 --schedule 指定的方案，否则推荐方案',
  },

  // --- policy
  'help.policy': { en: 'list, show, validate and start policies', zh: '列出、查看、校验和新建政策' },
  'help.policy.list': { en: 'list the built-in presets', zh: '列出内置的预设政策' },
  'help.policy.show': {
    en: 'print the canonical JSON of a preset or file and its SHA-256',
    zh: '打印预设或政策文件的规范 JSON 及其 SHA-256',
  },
  'help.policy.show.format': { en: 'json (canonical policy) or table', zh: 'json（规范的政策）或 table' },
  'help.policy.validate': { en: 'check policy files; report every problem with its JSON path', zh: '校验政策文件；列出每个问题及其 JSON 路径' },
  'help.policy.init': {
    en: 'write a preset as a starting policy file (stdout, or -o FILE)',
    zh: '把预设写成起始的政策文件（标准输出，或 -o 文件）',
  },
  'help.policy.init.output': {
    en: 'write to this file instead of stdout (refuses to overwrite)',
    zh: '写入此文件而不是标准输出（不覆盖已有文件）',
  },

  // --- batch
  'help.batch': { en: 'score many accounts from CSV/NDJSON, in order, none lost', zh: '从 CSV/NDJSON 批量评估账户，保持顺序，一行不丢' },
  'help.batch.file': { en: 'CSV or NDJSON input, or - for stdin', zh: 'CSV 或 NDJSON 输入，- 表示标准输入' },
  'help.batch.errors': {
    en: 'rejected rows: a .csv or .ndjson file, - for stdout, or inline (in the output, in input order); default: stderr',
    zh: '被拒的行：写入 .csv 或 .ndjson 文件，- 表示标准输出，inline 表示按输入顺序写在输出里；默认：标准错误',
  },
  'help.batch.input-format': { en: 'input format (default: from the file name / content)', zh: '输入格式（默认：按文件名或内容判断）' },
  'help.batch.as-of': {
    en: 'valuation date YYYY-MM-DD for rows without as_of (default: today)',
    zh: '没有 as_of 的行的计算日期 YYYY-MM-DD（默认：今天）',
  },
  'help.batch.encoding': { en: 'input encoding', zh: '输入的编码' },
  'help.batch.columns': {
    en: 'headerless CSV: the column names, comma-separated (filter mode)',
    zh: '无表头的 CSV：列名，逗号分隔（过滤器模式）',
  },
  'help.batch.skip-header': {
    en: 'with --columns: drop a first line that is the header naming those columns (a partition that kept it)',
    zh: '与 --columns 同用：第一行若是这些列名组成的表头就丢弃（保留了表头的分片）',
  },
  'help.batch.row-offset': {
    en: 'number rows and lines from N+1 (the rows before this part: global row numbers)',
    zh: '行号从 N+1 起算（N 为此分片之前的行数，得到全局行号）',
  },
  'help.batch.jobs': {
    en: 'worker threads (default: the core count for an input of 24 MiB or more; a smaller one is scored in the main thread)',
    zh: '工作线程数（默认：输入达 24 MiB 时为 CPU 核数；更小的输入在主线程计算）',
  },
  'help.batch.plans': { en: 'add one column group per plan id', zh: '每个方案 id 增加一组列' },
  'help.batch.bom': {
    en: 'write CSV with a UTF-8 byte-order mark, for Excel (default: when the input was GBK or had one)',
    zh: '写 CSV 时加 UTF-8 字节顺序标记（BOM），便于 Excel 打开（默认：输入为 GBK 或带 BOM 时）',
  },
  'help.batch.no-bom': { en: 'never write a byte-order mark', zh: '从不写字节顺序标记（BOM）' },
  'help.batch.keep': {
    en: 'input columns to pass through to the output, comma-separated (personal ones masked)',
    zh: '原样带到输出的输入列，逗号分隔（个人信息会打码）',
  },
  'help.batch.headers': { en: 'output CSV headers: en (default) or zh', zh: '输出 CSV 的表头：en（默认）或 zh' },
  'help.batch.summary': {
    en: 'write the portfolio summary as JSON (schema/summary.schema.json)',
    zh: '把资产组合汇总写成 JSON（schema/summary.schema.json）',
  },
  'help.batch.report': { en: 'write the portfolio report as one self-contained HTML page', zh: '把资产组合报告写成一个独立的 HTML 页面' },
  'help.batch.lang': { en: 'summary and report language: zh or en (default from the locale)', zh: '汇总和报告的语言：zh 或 en（默认按系统语言环境）' },
  'help.batch.no-progress': { en: 'never show a progress bar', zh: '不显示进度条' },

  // --- negotiate, agree
  'help.negotiate': {
    en: 'interactive: try counter-offers on a live call, pick a plan, save the agreement',
    zh: '交互式：通话中试算还价、选定方案、保存协议',
  },
  'help.negotiate.save': { en: 'write the agreement record (JSON) here when a plan is picked', zh: '选定方案后把协议记录（JSON）写到这里' },
  'help.agree': {
    en: 'record an agreement without prompts (the record of negotiate --save), or many with --batch',
    zh: '不经问答记录一份协议（与 negotiate --save 的记录相同），或用 --batch 记录多份',
  },
  'help.agree.plan': {
    en: 'the agreed plan id, e.g. installment-24 (in --batch: the default for lines without planId)',
    zh: '约定的方案 id，如 installment-24（--batch 时：没有 planId 的行用它）',
  },
  'help.agree.note': {
    en: 'free-text note kept in the record (card/ID/phone numbers are masked)',
    zh: '保存在记录里的备注（卡号、证件号、电话号码会打码）',
  },
  'help.agree.offer-lump': {
    en: 'the counter-offer the plan answers: paid now (with --offer-monthly it makes the down-payment plans, e.g. installment-24+dp5000)',
    zh: '方案所回应的客户提议：首付金额（与 --offer-monthly 一起给出时才有首付方案，如 installment-24+dp5000）',
  },
  'help.agree.offer-monthly': {
    en: 'the counter-offer the plan answers: a month (as in plan and negotiate; kept in the record)',
    zh: '方案所回应的客户提议：每月金额（与 plan、negotiate 相同；记录中保存）',
  },
  'help.agree.output': { en: 'write the record here (- for stdout)', zh: '把记录写到这里（- 表示标准输出）' },
  'help.agree.force': { en: 'replace an existing output file', zh: '覆盖已存在的输出文件' },
  'help.agree.batch': {
    en: 'NDJSON of accounts, each with a planId: one record a line (- for stdin)',
    zh: '账户的 NDJSON，每行带 planId：每行一份记录（- 表示标准输入）',
  },
  'help.agree.errors': {
    en: '--batch: rejected lines to this .csv or .ndjson file (default: stderr)',
    zh: '--batch：被拒的行写入此 .csv 或 .ndjson 文件（默认：标准错误）',
  },

  // --- track, remind
  'help.track': {
    en: 'apply a ledger of payments to agreements and report their status',
    zh: '把还款流水记到协议上，并报告协议状态',
  },
  'help.track.payments': {
    en: 'ledger CSV or NDJSON (id, date, amount or 账户, 还款日期, 还款金额); repeatable',
    zh: '还款流水 CSV 或 NDJSON（id, date, amount 或 账户, 还款日期, 还款金额）；可重复给出',
  },
  'help.track.as-of': { en: 'tracking date YYYY-MM-DD (default: today)', zh: '跟踪日期 YYYY-MM-DD（默认：今天）' },
  'help.track.format': {
    en: 'output (default: table on a terminal, json for one agreement, ndjson for many)',
    zh: '输出格式（默认：终端上为 table，一份协议为 json，多份为 ndjson）',
  },
  'help.track.replan': { en: 'plan a broken agreement again through the engine (§10.3)', zh: '为已违约的协议重新计算方案（§10.3）' },
  'help.track.policy': {
    en: "policy for follow-up settings of old records and for --replan (default: the record's preset)",
    zh: '旧记录的还款跟进设置和 --replan 所用的政策（默认：记录中的预设）',
  },
  'help.track.errors': {
    en: 'rejected ledger rows to this .csv or .ndjson file (default: stderr)',
    zh: '被拒的流水行写入此 .csv 或 .ndjson 文件（默认：标准错误）',
  },
  'help.track.summary': { en: 'write the closing summary as JSON', zh: '把结尾的汇总写成 JSON' },
  'help.track.lang': { en: 'labels and reasons: zh or en (default from the locale)', zh: '标签和原因的语言：zh 或 en（默认按系统语言环境）' },
  'help.remind': {
    en: 'the reminders due in a window, for SMS/e-mail (csv, ndjson) or a calendar (ics)',
    zh: '一段时间内到期的提醒，用于短信/邮件（csv、ndjson）或日历（ics）',
  },
  'help.remind.payments': { en: 'ledger CSV or NDJSON (id, date, amount); repeatable', zh: '还款流水 CSV 或 NDJSON（id, date, amount）；可重复给出' },
  'help.remind.as-of': { en: 'first day of the window YYYY-MM-DD (default: today)', zh: '时间窗口的第一天 YYYY-MM-DD（默认：今天）' },
  'help.remind.days': { en: 'length of the window in days, the first day included', zh: '时间窗口的天数，含第一天' },
  'help.remind.policy': { en: 'policy for the follow-up settings of old records', zh: '旧记录的还款跟进设置所用的政策' },
  'help.remind.lang': { en: 'reminder texts: zh or en (default from the locale)', zh: '提醒文字的语言：zh 或 en（默认按系统语言环境）' },

  // --- apr
  'help.apr': {
    en: 'the APR of any offer: dated flows → rate by Regulation Z Appendix J or the EU/UK APRC',
    zh: '任意方案的年化利率：由带日期的现金流，按美国 Regulation Z 附录 J 或欧盟/英国 APRC 求出',
  },
  'help.apr.advance': { en: 'amount lent (放款金额)', zh: '放款金额' },
  'help.apr.on': { en: 'date of the advance YYYY-MM-DD (default: today)', zh: '放款日期 YYYY-MM-DD（默认：今天）' },
  'help.apr.fee': { en: 'fee taken at the start: reduces the amount financed', zh: '放款时收取的费用：减少实际到手的金额' },
  'help.apr.payment': {
    en: 'N payments of AMOUNT, e.g. 884.91x12 (repeat for a series that continues)',
    zh: 'N 期、每期 AMOUNT，如 884.91x12（接续的还款序列可重复给出）',
  },
  'help.apr.first': { en: 'date of the first payment (default: one period after --on)', zh: '首次还款日期（默认：--on 之后一个周期）' },
  'help.apr.every': {
    en: 'payment interval, also the unit period (default: month; inferred for --flow/--flows)',
    zh: '还款间隔，也是单位周期（默认：month；用 --flow/--flows 时自动推断）',
  },
  'help.apr.flow': {
    en: 'one dated flow, repeatable; an advance is negative (2026-01-10:-10000)',
    zh: '一笔带日期的现金流，可重复给出；放款写负数（2026-01-10:-10000）',
  },
  'help.apr.flows': { en: 'CSV (date,amount[,kind]) or JSON file of dated flows', zh: '带日期现金流的 CSV（date,amount[,kind]）或 JSON 文件' },
  'help.apr.from': {
    en: 'a saved `plan --format json` output or a `negotiate --save` agreement',
    zh: '保存下来的 `plan --format json` 输出，或 `negotiate --save` 的协议',
  },
  'help.apr.plan': { en: 'with --from: which plan (e.g. installment-24)', zh: '与 --from 同用：哪个方案（如 installment-24）' },
  'help.apr.method': {
    en: 'unit-period (Reg Z App J, §4.6) or eu (APRC); default from the policy',
    zh: 'unit-period（Reg Z 附录 J，§4.6）或 eu（APRC）；默认按政策',
  },
  'help.apr.eu-year': {
    en: 'eu: time in years as days/365, leap (366 in a leap year) or months (12 equal months)',
    zh: 'eu：按年计的时间，days（天数/365）、leap（闰年按 366 天）或 months（12 个等长的月）',
  },
  'help.apr.cap': {
    en: 'annual rate cap as a fraction (0.24); default: the policy chargesCap (and the 36 % line for CNY)',
    zh: '年利率上限，写成小数（0.24）；默认：政策的 chargesCap（人民币另加 36% 红线）',
  },
  'help.apr.format': {
    en: 'table or json (default: table on a terminal, json when piped)',
    zh: 'table 或 json（默认：终端上为 table，管道输出为 json）',
  },
}));
