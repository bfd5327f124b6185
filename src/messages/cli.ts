/**
 * User errors of the commands (`plan`, `negotiate`, `--input`, `--policy`): one line naming the
 * field, the value and the fix. The English is the JSON error object's message.
 */
import { defineMessages } from './types.js';

export const CLI = defineMessages(() => ({
  'input.type': {
    zh: (p: { path: string; got: string }) => `${p.path}：应为字符串，实际是${p.got === 'an array' ? '数组' : ` ${p.got}`}：金额请写成字符串，例如 "20000.00"`,
    en: (p: { path: string; got: string }) => `${p.path}: expected a string, got ${p.got}: write amounts as strings, e.g. "20000.00"`,
  },
  'input.not-json': {
    zh: (p: { source: string; error: string }) =>
      `--input：${p.source} 不是有效的 JSON（${p.error}）：请给出一个账户对象，例如 {"principal": "20000.00", "overdueDays": 95}`,
    en: (p: { source: string; error: string }) =>
      `--input: ${p.source} is not valid JSON (${p.error}): give one account object like {"principal": "20000.00", "overdueDays": 95}`,
  },
  'input.not-object.array': {
    zh: (p: { source: string }) => `--input：${p.source} 必须是一个 JSON 对象（一个账户），不能是数组：多个账户请用 \`repayplan batch\``,
    en: (p: { source: string }) => `--input: ${p.source} must hold one JSON object (an account), not an array: use \`repayplan batch\` for many accounts`,
  },
  'input.not-object': {
    zh: (p: { source: string; type: string }) => `--input：${p.source} 必须是一个 JSON 对象（一个账户），不能是 ${p.type}`,
    en: (p: { source: string; type: string }) => `--input: ${p.source} must hold one JSON object (an account), not ${p.type}`,
  },
  'input.unknown-field': {
    zh: (p: { where: string; key: string; fields: string }) => `${p.where.replace(/: $/, '：')}未知字段 ${p.key}：账户字段有 ${p.fields}`,
    en: (p: { where: string; key: string; fields: string }) => `${p.where}unknown field ${p.key}: the account fields are ${p.fields}`,
  },
  'input.policy': {
    zh: (p: { source: string; name: string }) => `--input：${p.source} 是按政策 ${p.name} 生成的，它不是预设政策：请用 --policy FILE 指定`,
    en: (p: { source: string; name: string }) => `--input: ${p.source} was made under policy ${p.name}, which is not a preset: pass it with --policy FILE`,
  },
  'input.policy-mismatch': {
    zh: (p: { source: string; saved: string; savedHash: string; policy: string; version: string; hash: string }) =>
      `--input：${p.source} 是按政策 ${p.saved}（SHA-256 ${p.savedHash}）生成的，但 ${p.policy} v${p.version} 的 SHA-256 是 ${p.hash}：请用 --policy 指定同一份政策`,
    en: (p: { source: string; saved: string; savedHash: string; policy: string; version: string; hash: string }) =>
      `--input: ${p.source} was made under policy ${p.saved} with SHA-256 ${p.savedHash}, but ${p.policy} v${p.version} has ${p.hash}: pass the same policy with --policy`,
  },
  'plan.not-offered': {
    zh: (p: { flag: string; id: string; why: string }) => `${p.flag}：这个账户不提供方案 ${p.id}：${p.why}`,
    en: (p: { flag: string; id: string; why: string }) => `${p.flag}: ${p.id} is not offered for this account: ${p.why}`,
  },
  'plan.unknown': {
    zh: (p: { flag: string; id: string; ids: string }) => `${p.flag}：这个账户没有方案 ${p.id}：请从 ${p.ids} 中选择`,
    en: (p: { flag: string; id: string; ids: string }) => `${p.flag}: no plan ${p.id} for this account: choose one of ${p.ids}`,
  },
  'policy.in-file': {
    zh: (p: { path: string; why: string }) => `--policy：${p.path}：${p.why}`,
    en: (p: { path: string; why: string }) => `--policy: ${p.path}: ${p.why}`,
  },
  'policy.unknown': {
    zh: (p: { name: string; presets: string }) => `--policy：${p.name} 既不是预设政策也不是文件：请使用 ${p.presets} 之一或政策 JSON 文件的路径`,
    en: (p: { name: string; presets: string }) => `--policy: ${p.name} is neither a preset nor a file: use one of ${p.presets} or a path to a policy JSON file`,
  },
  /** Prefixes each issue of an invalid policy file or preset. */
  'policy.issue-in': {
    zh: (p: { where: string; why: string }) => `政策 ${p.where}：${p.why}`,
    en: (p: { where: string; why: string }) => `policy ${p.where}: ${p.why}`,
  },
  'policy.hash-format': {
    zh: (p: { value: string }) => `--policy-hash：${p.value} 不是 SHA-256：请给出 \`repayplan policy show\` 打印的 64 位十六进制数`,
    en: (p: { value: string }) => `--policy-hash: ${p.value} is not a SHA-256: give the 64 hex digits that \`repayplan policy show\` prints`,
  },
  'policy.hash-mismatch': {
    zh: (p: { name: string; version: string; hash: string; want: string }) =>
      `--policy-hash：政策 ${p.name} v${p.version} 的 SHA-256 是 ${p.hash}，不是期望的 ${p.want}：请确认用的是你想用的政策`,
    en: (p: { name: string; version: string; hash: string; want: string }) =>
      `--policy-hash: policy ${p.name} v${p.version} has SHA-256 ${p.hash}, not the expected ${p.want}: check you are using the policy you meant`,
  },
  'negotiate.no-tty': {
    zh: 'negotiate 是交互式命令，标准输入和输出都需要终端：脚本和管道中请用同样参数的 `repayplan plan`（例如 --format json --offer-monthly 800）',
    en: 'negotiate is interactive and needs a terminal on stdin and stdout: in scripts and pipes use `repayplan plan` with the same flags (e.g. --format json --offer-monthly 800)',
  },
}));
