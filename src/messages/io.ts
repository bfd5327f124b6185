/**
 * Reading and writing files: why an operation failed (one errno → words mapping, used through
 * `ioReason` in src/io/fs-error.ts) and the sentences that name the file and the fix.
 */
import { defineMessages } from './types.js';

type Why = { why: string };

export const IO = defineMessages(() => ({
  /** Reading a file that is not there. */
  'fs.no-file': { zh: '文件不存在', en: 'no such file' },
  /** Reading a path that may be a file or a folder (agreement records) that is not there. */
  'fs.no-path': { zh: '文件或文件夹不存在', en: 'no such file or folder' },
  /** Writing into a folder that is not there. */
  'fs.no-folder': { zh: '所在的文件夹不存在', en: 'its folder does not exist' },
  'fs.is-folder': { zh: '这是一个文件夹', en: 'is a folder' },
  'fs.permission': { zh: '没有权限', en: 'permission denied' },
  'fs.disk-full': { zh: '磁盘已满', en: 'the disk is full' },
  'fs.io': { zh: '读写出错', en: 'an input/output error' },
  /** Any other failure: the system's own code (EMFILE …) or message. */
  'fs.other': { zh: (p: { code: string }) => `读写失败（${p.code}）`, en: (p: { code: string }) => p.code },

  'io.input-unreadable': {
    zh: (p: Why & { path: string }) => `--input：${p.path}：${p.why}：请给出一个 JSON 文件，或用 - 表示标准输入`,
    en: (p: Why & { path: string }) => `--input: ${p.path}: ${p.why}: give a JSON file, or - for stdin`,
  },
  'io.policy-unreadable': {
    zh: (p: Why & { path: string; presets: string }) => `--policy：${p.path}：${p.why}：请给出预设政策（${p.presets}）或政策 JSON 文件`,
    en: (p: Why & { path: string; presets: string }) => `--policy: ${p.path}: ${p.why}: give a preset (${p.presets}) or a policy JSON file`,
  },
  'io.batch-input': {
    zh: (p: Why & { path: string }) => `batch：${p.path}：${p.why}：请给出 CSV 或 NDJSON 文件，或用 - 表示标准输入`,
    en: (p: Why & { path: string }) => `batch: ${p.path}: ${p.why}: give a CSV or NDJSON file, or - for stdin`,
  },
  /** A file that cannot be created (batch outputs, the agreement record). */
  'io.cannot-write': {
    zh: (p: Why & { flag: string; path: string }) => `${p.flag}：无法写入 ${p.path}：${p.why}`,
    en: (p: Why & { flag: string; path: string }) => `${p.flag}: cannot write ${p.path}: ${p.why}`,
  },
  /** A write that failed half-way (disk full). */
  'io.write-failed': {
    zh: (p: Why & { flag: string; name: string }) => `${p.flag}：写入 ${p.name} 失败：${p.why}：请腾出空间或换一个文件后重新运行（输出不完整）`,
    en: (p: Why & { flag: string; name: string }) =>
      `${p.flag}: writing ${p.name} failed: ${p.why}: free space or choose another file, then run again (the output is incomplete)`,
  },
  /** The duplicate-id check's temporary files (batch/id-spill.ts) cannot be written or read back. */
  'io.id-spill-failed': {
    zh: (p: Why & { dir: string }) =>
      `batch：重复账户号检查的临时文件（${p.dir}）：${p.why}：请腾出空间，或把 TMPDIR 设为有空间的文件夹（每行约 40 字节）后重新运行`,
    en: (p: Why & { dir: string }) =>
      `batch: the duplicate-id check's temporary files (${p.dir}): ${p.why}: free space there or set TMPDIR to a folder with room (about 40 bytes a row), then run again`,
  },
  'io.save-is-folder': {
    zh: (p: { flag: string; path: string }) => `${p.flag}：${p.path} 是一个文件夹：请给出文件名，例如 agreement.json`,
    en: (p: { flag: string; path: string }) => `${p.flag}: ${p.path} is a folder: give a file name, e.g. agreement.json`,
  },
  /** `policy validate FILE` (the field is `$`). */
  'io.policy-file-unreadable': {
    zh: (p: Why & { hint: string }) => `$：无法读取（${p.why}）；${p.hint}`,
    en: (p: Why & { hint: string }) => `$: cannot read it (${p.why}); ${p.hint}`,
  },
  'io.policy-file-is-preset': {
    zh: (p: { file: string }) => `${p.file} 是预设政策：\`repayplan policy init ${p.file} -o ${p.file}.json\` 会把它写成文件`,
    en: (p: { file: string }) => `${p.file} is a preset: \`repayplan policy init ${p.file} -o ${p.file}.json\` writes it as a file`,
  },
  'io.check-path': { zh: '请检查路径', en: 'check the path' },
  'io.policy-exists': {
    zh: (p: { path: string }) => `-o：${p.path} 已存在；请换一个文件名，或先删除它（init 从不覆盖）`,
    en: (p: { path: string }) => `-o: ${p.path} already exists; choose another file name, or delete it first (init never overwrites)`,
  },
  'io.policy-unwritable': {
    zh: (p: Why & { path: string }) => `-o：无法写入 ${p.path}（${p.why}）；请给出可写的文件路径`,
    en: (p: Why & { path: string }) => `-o: cannot write ${p.path} (${p.why}); give a writable file path`,
  },
}));
