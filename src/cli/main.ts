// kohu — validate and format scenarios, serve editors, play scripted drills,
// explore a scenario's paths, read replies.
import { validateCommand } from './validate.ts';
import { playCommand } from './play.ts';
import { exploreCommand } from './explore.ts';
import { readCommand } from './read-replies.ts';
import { fmtCommand } from './fmt.ts';
import { helpText, isCommand, langOf, wantsHelp, type Command } from './help.ts';

const RUN: Record<Command, (argv: string[]) => number | Promise<number>> = {
  validate: validateCommand,
  fmt: fmtCommand,
  // Loaded only when asked for; the server runs until the editor says exit.
  lsp: async () => (await import('../lsp/server.ts')).runServer(),
  play: playCommand,
  explore: exploreCommand,
  read: readCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const lang = langOf(argv);
  try {
    if (command === 'help' || command === '--help' || command === '-h') {
      const about = rest.find((a) => !a.startsWith('-'));
      if (about !== undefined && !isCommand(about)) return unknown(about, lang);
      console.log(helpText(lang, about));
      return 0;
    }
    if (command === undefined) {
      console.log(helpText(lang));
      return 2;
    }
    if (!isCommand(command)) return unknown(command, lang);
    if (wantsHelp(rest)) {
      console.log(helpText(lang, command));
      return 0;
    }
    return await RUN[command](rest);
  } catch (error) {
    // A bug of ours, not the user's: one line, no stack unless asked for.
    console.error(`kohu: ${lang === 'fi' ? 'sisäinen virhe' : 'internal error'}: ${(error as Error).message}`);
    if (process.env.KOHU_DEBUG) console.error(error);
    return 70;
  }
}

function unknown(command: string, lang: 'fi' | 'en'): number {
  console.error(`kohu: ${lang === 'fi' ? `tuntematon komento "${command}"` : `unknown command "${command}"`}\n\n${helpText(lang)}`);
  return 2;
}
