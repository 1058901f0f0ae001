// The names --split gives its files: what a person sees in a file manager or on a phone.
import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../src/commands/export.js';

describe('fileNameFor', () => {
  it('keeps a Chinese title and cuts it at 40 characters', () => {
    const title = '关于印发某某市二〇二四年法治政府建设工作要点和重点任务分工方案的通知及其附件说明材料汇编';
    const name = fileNameFor('3', title, 'mp3');
    expect(name).toBe(`3-${Array.from(title).slice(0, 40).join('')}.mp3`);
  });

  it('never splits a character outside the BMP at the cut', () => {
    const title = `${'一'.repeat(39)}𠀀𠀁后面`;
    const name = fileNameFor('1', title);
    expect(name).toBe(`1-${'一'.repeat(39)}𠀀.wav`);
    expect(name).not.toMatch(/\p{Cs}/u);
  });

  it('drops separators, control, bidi and invisible characters and lone surrogates', () => {
    const name = fileNameFor('2', 'a/b\\c:\u202egpj.exe\u0085\u200b\u2066x\ud800y\u0007', 'wav');
    expect(name).toBe('2-abcgpj.exexy.wav');
    expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069/\\]/);
  });

  it('a title of nothing but dropped characters leaves the id alone', () => {
    expect(fileNameFor('0', '\u202e/ \u0000')).toBe('0.wav');
  });
});
