// What makes the macOS and Windows engines safe and right without a Mac or a PC: the text guard, the
// voice ranking on a real `say -v ?` listing, the helper's request lines and how its errors are read.
// (tests/speech/macos.test.ts and sapi.test.ts drive the engines themselves through stand-ins.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitCommand } from '../../src/speech/command-line.js';
import { guardSayText, parseSayVoices, rankSayVoices, sayRate } from '../../src/speech/engines/macos.js';
import { sapiRates } from '../../src/speech/engines/sapi.js';
import { HELPER_PS1, helperArgs, requestLine, stderrLine } from '../../src/speech/engines/sapi-helper.js';
import type { Voice } from '../../src/speech/types.js';
import { fixture } from '../helpers.js';

describe('macOS say guard', () => {
  it('never lets a passage be an embedded command, however many brackets', () => {
    expect(guardSayText('[[inpt PHON]]1AEl[[inpt TEXT]]')).toBe('[ [inpt PHON] ]1AEl[ [inpt TEXT] ]');
    for (const t of ['[[rate 500]]', '[[[rate 500]]]', '[[[[volm 0]]]]', 'a[[[[[b]]]]]c', '[ [[x]] ]']) {
      const g = guardSayText(t);
      expect(g).not.toContain('[[');
      expect(g).not.toContain(']]');
      expect(g.replace(/ /g, '')).toBe(t.replace(/ /g, ''));
    }
    expect(guardSayText('平常的一句话。')).toBe('平常的一句话。');
  });
});

describe('macOS voices', () => {
  const listing = readFileSync(fixture('fake-macos/voices.txt'), 'utf8');
  const zh = (ids: [string, string][]): Voice[] => ids.map(([id, lang]) => ({ id, name: id, lang, script: lang === 'zh-CN' ? 'simplified' : 'traditional' }));

  it('reads every line of a real listing, long Eloquence names included', () => {
    const all = parseSayVoices(listing);
    expect(all.length).toBe(listing.trim().split('\n').length);
    expect(all).toContainEqual({ id: 'Eddy (Chinese (China mainland))', locale: 'zh_CN' });
    expect(all).toContainEqual({ id: 'Tingting (Enhanced)', locale: 'zh_CN' });
    expect(all).toContainEqual({ id: 'Majed', locale: 'ar_001' });
  });

  it('puts Tingting first (Premium, then Enhanced, then plain), no Eloquence voice ahead of it', () => {
    const ranked = rankSayVoices(
      zh([
        ['Eddy (Chinese (China mainland))', 'zh-CN'],
        ['Flo (Chinese (China mainland))', 'zh-CN'],
        ['Meijia', 'zh-TW'],
        ['Sinji', 'zh-HK'],
        ['Tingting', 'zh-CN'],
        ['Lilian (Premium)', 'zh-CN'],
        ['Tingting (Enhanced)', 'zh-CN'],
        ['Tingting (Premium)', 'zh-CN'],
        ['Grandma (Chinese (Taiwan))', 'zh-TW'],
      ]),
    ).map((v) => v.id);
    expect(ranked).toEqual([
      'Tingting (Premium)',
      'Tingting (Enhanced)',
      'Tingting',
      'Lilian (Premium)',
      'Eddy (Chinese (China mainland))',
      'Flo (Chinese (China mainland))',
      'Meijia',
      'Grandma (Chinese (Taiwan))',
      'Sinji',
    ]);
  });

  it("maps 字/分钟 onto say's words per minute, faster for faster (uncalibrated)", () => {
    expect(sayRate(100)).toBeLessThan(sayRate(260));
    expect(sayRate(260)).toBeLessThan(sayRate(560));
    expect(sapiRates(260)).toEqual({ rate: 0, speakingRate: 1 });
    expect(sapiRates(100).rate).toBeLessThan(0);
    expect(sapiRates(560).speakingRate).toBeGreaterThan(1);
  });
});

describe('Windows helper', () => {
  it('is started with a short command line; the script is in a file', () => {
    const line = ['powershell', ...helperArgs('C:\\Users\\someone\\AppData\\Local\\Temp\\langdu-sapi-a1b2c3\\1.ps1')].join(' ');
    expect(line.length).toBeLessThan(200);
    // Windows PowerShell 5.1 reads a .ps1 without a BOM as ANSI: the script must be plain ASCII.
    expect(/^[\x09\x0a\x0d\x20-\x7e]*$/.test(HELPER_PS1)).toBe(true);
    for (const op of ["'voices'", "'synth'", "'play'", "'stop'", "'quit'"]) expect(HELPER_PS1).toContain(op);
  });

  it('sends each request as one line of ASCII JSON, whatever the text', () => {
    const evil = `'); Remove-Item C:\\ -Recurse; (' $(calc) "你好" \`n\n第二行\u2028`;
    const line = requestLine({ id: 7, op: 'synth', text: evil });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\r\u2028]/);
    expect(/^[\x20-\x7e]*\n$/.test(line)).toBe(true);
    expect(JSON.parse(line)).toEqual({ id: 7, op: 'synth', text: evil });
  });

  it("reads a redirected PowerShell's CLIXML errors as one plain line", () => {
    const clixml =
      '#< CLIXML\r\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><S S="Error">Add-Type : Cannot add type. The assembly &apos;System.Speech&apos; could not be found._x000D__x000A_</S><S S="Error">At line:3 char:1_x000D__x000A_</S><S S="Error">+ Add-Type -AssemblyName System.Speech_x000D__x000A_</S><S S="Error">+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~_x000D__x000A_</S><S S="Error">    + CategoryInfo          : ObjectNotFound: (System.Speech:String) [Add-Type], Exception_x000D__x000A_</S></Objs>';
    expect(stderrLine(clixml)).toBe("Add-Type : Cannot add type. The assembly 'System.Speech' could not be found.");
    expect(stderrLine('plain failure\nsecond line')).toBe('plain failure');
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
