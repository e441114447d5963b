/**
 * Packages the chapter, or one assignment, as a SCORM 1.2 or SCORM 2004 zip for an LMS (Moodle,
 * Canvas, Blackboard…): the built site plus an `imsmanifest.xml`. See `--help`.
 */
import { runPackageScormCommand } from "./package-scorm-command";

const result = runPackageScormCommand(process.argv.slice(2), process.cwd());
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
