// kohu — validate scenarios, play scripted drills, explore a scenario's paths.
import { validateCommand } from './validate.ts';
import { playCommand } from './play.ts';
import { exploreCommand } from './explore.ts';
import { readCommand } from './read-replies.ts';

const USAGE = `kohu — social-media crisis drills

Usage:
  kohu validate FILE… [--lang fi|en]                  check scenarios; exit 1 on any error
                                                      (messages in English unless --lang fi)
  kohu play SCENARIO --script SCRIPT [--seed N] [--json] [--lang fi|en]
                                                      play a scripted drill and print the scorecard
                                                      (in the scenario's language unless --lang)
  kohu explore SCENARIO [--json]                      reachable phases, endings, dead ends, doing nothing
  kohu read --lang fi|en [--at TIME] [FILE]           how Kohu reads replies (a line each, or JSON lines):
                                                      grade, reasons, markers, promises with deadlines

Scenario format and scripts: scenarios/README.md`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return validateCommand(rest);
      case 'play':
        return playCommand(rest);
      case 'explore':
        return exploreCommand(rest);
      case 'read':
        return readCommand(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        console.error(`kohu: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    // A bug of ours, not the user's: one line, no stack unless asked for.
    console.error(`kohu: internal error: ${(error as Error).message}`);
    if (process.env.KOHU_DEBUG) console.error(error);
    return 70;
  }
}
