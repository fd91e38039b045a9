#!/usr/bin/env node
import { Command } from "commander";
import { agreementCommand } from "./commands/agreement.js";
import { compareCommand } from "./commands/compare.js";
import { inspectCommand } from "./commands/inspect.js";
import { metricsCommand } from "./commands/metrics.js";
import { reportCommand } from "./commands/report.js";
import { runJobCommand } from "./commands/run.js";
import { scoreCommand } from "./commands/score.js";

// A reader that stops early (carelens score ... | head) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const program = new Command()
  .name("carelens")
  .description("Quality assurance and analytics for customer-care conversations")
  .version("0.1.0")
  .showHelpAfterError()
  .addHelpText("after", "\nExit codes: 0 ok, 1 findings (--strict found problems, a threshold failed), 2 usage or input error.\nRun carelens help <command> for its flags and examples.")
  .configureOutput({ outputError: (text, write) => write(text.startsWith("error:") ? `carelens: ${text.slice(7)}` : text) })
  .exitOverride((error) => {
    process.exit(error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : 2);
  });

runJobCommand(program);
inspectCommand(program);
scoreCommand(program);
compareCommand(program);
agreementCommand(program);
metricsCommand(program);
reportCommand(program);

await program.parseAsync();
