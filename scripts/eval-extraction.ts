// `npm run eval:extraction -- DIR…`: how well Sourcelight finds the article on saved pages, next to Readability.js,
// and whether the strip would hide any of it. The work and its options are in tools/eval-extraction.ts (shared
// with the tests); this is the command.
import { evalExtraction } from '../tools/eval-extraction';

const { status, stdout, stderr } = await evalExtraction(process.argv.slice(2));
process.stderr.write(stderr);
process.stdout.write(stdout);
process.exitCode = status;
