#!/usr/bin/env node
import { Command } from "commander";
import { agreementCommand } from "./commands/agreement.js";
import { compareCommand } from "./commands/compare.js";
import { inspectCommand } from "./commands/inspect.js";
import { scoreCommand } from "./commands/score.js";

// A reader that stops early (carelens score ... | head) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
import { metricsCommand } from "./commands/metrics.js";

const program = new Command()
  .name("carelens")
  .description("Quality assurance and analytics for customer-care conversations")
  .version("0.1.0")
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text.startsWith("error:") ? `carelens: ${text.slice(7)}` : text) })
  .exitOverride((error) => {
    process.exit(error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : 2);
  });

inspectCommand(program);
scoreCommand(program);
compareCommand(program);
agreementCommand(program);
metricsCommand(program);

await program.parseAsync();
