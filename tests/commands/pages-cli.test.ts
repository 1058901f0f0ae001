// A saved government page through the real program: what `speak --dry-run` would say holds no page
// furniture and ends with the closing, announced; `outline --json` carries the closing.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const langdu = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: tmpdir(), encoding: 'utf8' });

describe('langdu on saved pages', () => {
  it('speak --dry-run reads the title first, no furniture, and the closing last as 落款', () => {
    const r = langdu(['speak', fixture('pages/02-county-accessible.txt'), '--dry-run']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('龙游县二零二六年政府工作报告');
    for (const word of [
      '无障碍',
      '关怀版',
      '返回首页',
      '今天是',
      '星期四',
      '您所在的位置',
      '字号',
      '打印',
      '关闭窗口',
      '返回顶部',
      '分享到',
      '版权所有',
      'ICP',
      '浏览次数',
    ]) {
      expect(r.stdout, word).not.toContain(word);
    }
    const html = langdu(['speak', fixture('pages/12-county-page.html'), '--dry-run'])
      .stdout.trim()
      .split('\n');
    expect(html[0]).toBe('德清县二零二五年国民经济和社会发展统计公报');
    expect(html.slice(-3)).toEqual(['落款', '德清县统计局', '二零二六年三月五日']);
    expect(html.join('\n')).not.toMatch(/打印|关闭|分享|微信|ICP|无障碍|English|登录|首页/);
  });

  it('outline --json has the title, the metadata and the closing', () => {
    const r = langdu(['outline', fixture('pages/07-spaced-table.txt'), '--json']);
    const doc = JSON.parse(r.stdout) as { title: string; meta: { key: string }[]; closing: string | null };
    expect(doc.title).toBe('国务院办公厅关于加强城市生活污水处理工作的通知');
    expect(doc.meta.map((m) => m.key)).toEqual(['索引号', '主题分类', '发文机关', '成文日期', '发文字号', '发布日期']);
    expect(doc.closing).toBe('国务院办公厅\n2025年4月18日\n（此件公开发布）');
  });
});
