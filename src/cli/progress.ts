import cliProgress from "cli-progress";

/** A progress bar on stderr: drawn only on a terminal and without --quiet, so pipes and CI logs stay clean. */
export interface Progress {
  update(label: string, done: number): void;
  stop(): void;
}

/**
 * Opens a progress bar over `total` units (bytes of the file).
 *
 * @example
 * const progress = openProgress(await fileSize(path), { quiet: flags.quiet });
 * progress.update("scoring", bytesRead);
 * progress.stop();
 */
export function openProgress(total: number, options: { quiet?: boolean } = {}): Progress {
  if (options.quiet || !process.stderr.isTTY || total <= 0) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "{label} [{bar}] {percentage}% | {value}/{total} MB | ETA {eta}s", hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  bar.start(mb(total), 0, { label: "reading" });
  return {
    update: (label, done) => bar.update(mb(done), { label }),
    stop: () => bar.stop(),
  };
}
