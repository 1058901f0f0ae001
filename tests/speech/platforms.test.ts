// The macOS and Windows engines cannot run here; what makes them safe can: the text guards.
import { describe, expect, it } from 'vitest';
import { splitCommand } from '../../src/speech/command-line.js';
import { guardSayText } from '../../src/speech/engines/macos.js';
import { encodedCommand, sapiScript } from '../../src/speech/engines/sapi.js';

describe('macOS say guard', () => {
  it('never lets a passage be an option or an embedded command', () => {
    expect(guardSayText('-v Alex 你好')).toBe(' -v Alex 你好');
    expect(guardSayText('  --help')).toBe(' --help');
    expect(guardSayText('[[inpt PHON]]1AEl[[inpt TEXT]]')).toBe('[ [inpt PHON] ]1AEl[ [inpt TEXT] ]');
    expect(guardSayText('[[rate 500]]')).not.toContain('[[');
    expect(guardSayText('平常的一句话。')).toBe('平常的一句话。');
  });
});

describe('Windows SAPI script', () => {
  const evil = `'); Remove-Item C:\\ -Recurse; (' $(calc) "你好" \`n`;
  it('carries the text only as Base64 of UTF-8', () => {
    const script = sapiScript(evil, { voice: "Microsoft Huihui'; calc; '", rate: 320 }, 'C:\\out put\\x.wav');
    expect(script).not.toContain('Remove-Item');
    expect(script).not.toContain('calc');
    expect(script).not.toContain('你好');
    const blobs = [...script.matchAll(/FromBase64String\('([A-Za-z0-9+/=]*)'\)/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'));
    expect(blobs).toEqual([evil, "Microsoft Huihui'; calc; '", 'C:\\out put\\x.wav']);
    expect(script).toContain('$s.Rate = 2');
  });

  it('is passed as -EncodedCommand (Base64 of UTF-16LE)', () => {
    const script = sapiScript('你好', {});
    expect(Buffer.from(encodedCommand(script), 'base64').toString('utf16le')).toBe(script);
  });
});

describe('--player command lines', () => {
  it('split like a shell would, without one', () => {
    expect(splitCommand(`sox -q -t wav - -t wav '/tmp/a b.wav'`)).toEqual(['sox', '-q', '-t', 'wav', '-', '-t', 'wav', '/tmp/a b.wav']);
    expect(splitCommand(`sh -c 'cat >/dev/null; sleep 1'`)).toEqual(['sh', '-c', 'cat >/dev/null; sleep 1']);
    expect(splitCommand(`play "" x`)).toEqual(['play', '', 'x']);
    expect(() => splitCommand(`play 'unclosed`)).toThrow(/unclosed/);
  });
});

describe('default voice order', () => {
  it('puts a mainland Mandarin voice first, then zh-TW, then zh-HK', async () => {
    const { mainlandFirst } = await import('../../src/speech/types.js');
    const voices = [
      { id: 'Microsoft Tracy', name: 'Tracy', lang: 'zh-HK', script: 'traditional' as const },
      { id: 'Microsoft Hanhan', name: 'Hanhan', lang: 'zh-TW', script: 'traditional' as const },
      { id: 'Microsoft Huihui', name: 'Huihui', lang: 'zh-CN', script: 'simplified' as const },
    ];
    expect([...voices].sort(mainlandFirst).map((v) => v.name)).toEqual(['Huihui', 'Hanhan', 'Tracy']);
  });
});

describe('voice names', () => {
  it('names each voice in Chinese by its language, the engine’s own name after it', async () => {
    const { chineseVoiceName } = await import('../../src/speech/types.js');
    expect(chineseVoiceName('zh-CN', 'Tingting')).toBe('普通话（Tingting）');
    expect(chineseVoiceName('zh-TW', 'Meijia')).toBe('国语（台湾）（Meijia）');
    expect(chineseVoiceName('zh-HK', 'Sinji')).toBe('粤语（Sinji）');
    expect(chineseVoiceName('yue')).toBe('粤语');
    expect(chineseVoiceName('hak')).toBe('客家话');
  });
});
