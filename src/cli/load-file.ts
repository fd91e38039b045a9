import type { LoadedExport } from "../io/read-export.js";
import type { Conversation } from "../model/conversation.js";
import { fileSize, openExport } from "../node/files.js";
import { openProgress } from "./progress.js";
import { assertReadable, readOptions } from "./read-options.js";
import type { SharedFlags } from "./shared-flags.js";

/**
 * Loads an export for a command, with the progress bar on stderr (quiet off a terminal or with --quiet);
 * an export from which nothing could be read is an input error (exit 2). With `keep: false` the
 * conversations are dropped as they stream (only the report is wanted), so memory stays flat.
 *
 * @example
 * const { conversations, report } = await loadFile(file, flags);
 */
export async function loadFile(file: string, flags: SharedFlags, options: { keep?: boolean } = {}): Promise<LoadedExport> {
  const read = await readOptions(flags);
  const progress = openProgress(await fileSize(file), { quiet: flags.quiet });
  let bytes = 0;
  try {
    const stream = await openExport(file, { ...read, onBytes: (n) => progress.update("reading", (bytes += n)) });
    const conversations: Conversation[] = [];
    for await (const conversation of stream) if (options.keep ?? true) conversations.push(conversation);
    assertReadable(file, stream.report);
    return { conversations, report: stream.report };
  } finally {
    progress.stop();
  }
}
