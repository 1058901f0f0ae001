// espeak-ng's own phonemes (`-x`) for texts given on stdin (never as an argument): the last check of
// what the listener hears. `phonemesEach` reads many texts in one espeak-ng run, since one start per
// text is hundreds of starts in a test and times out on a loaded machine.
import { spawn } from 'node:child_process';

function run(input: string, voice: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn('espeak-ng', ['-v', voice, '-q', '-x', '-b', '1'], { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.on('error', reject);
    p.on('close', () => resolve(out));
    p.stdin.end(input);
  });
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The phonemes of one text, whitespace folded. */
export async function phonemes(text: string, voice = 'cmn-latn-pinyin'): Promise<string> {
  return tidy(await run(text, voice));
}

// A clause of its own between texts: espeak-ng writes each clause on a line, so the texts' phonemes
// are the lines between this one's. Not pinyin, so no text here says it.
const MARK = 'qxqxqx';

/**
 * The phonemes of each text, as `phonemes` gives them one by one, from one espeak-ng run. `clauses`: keep
 * where espeak-ng ends a clause (a pause it makes), as ` / `; otherwise only the phonemes count.
 */
export async function phonemesEach(texts: string[], voice = 'cmn-latn-pinyin', clauses = false): Promise<string[]> {
  // A full stop ends each text's last clause, as the end of the input does for a text alone.
  const input = [`${MARK} .`, ...texts.flatMap((t) => [t, '.', `${MARK} .`])].join('\n');
  const [mark, ...lines] = (await run(input, voice)).split('\n');
  const each: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line !== mark) current.push(line);
    else {
      each.push(clauses ? current.map(tidy).filter(Boolean).join(' / ') : tidy(current.join(' ')));
      current = [];
    }
  }
  if (each.length !== texts.length || tidy(current.join(' '))) throw new Error(`espeak-ng's phonemes for ${texts.length} texts came as ${each.length}`);
  return each;
}

/**
 * The cases whose reading espeak-ng says otherwise than the wanted pinyin, one line each (empty when all
 * are heard as wanted): each text's reading and its gold go through one espeak-ng run, and the phonemes
 * are compared, so two spellings espeak-ng says alike count as the same. `pauses`: where espeak-ng pauses
 * (ends a clause) must be the same too.
 */
export async function heardOtherwise(cases: [string, string][], reading: (text: string) => string, opts: { pauses?: boolean } = {}): Promise<string[]> {
  const heard = await phonemesEach(
    cases.flatMap(([text, want]) => [reading(text), want]),
    'cmn-latn-pinyin',
    opts.pauses,
  );
  return cases.flatMap(([text, want], k) => (heard[2 * k] === heard[2 * k + 1] ? [] : [`${text}: want ${want}, langdu gives ${reading(text)}`]));
}
