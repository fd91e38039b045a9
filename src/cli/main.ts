#!/usr/bin/env node
import { Command } from "commander";
import { inspectCommand } from "./commands/inspect.js";
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
metricsCommand(program);

await program.parseAsync();
