import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "node/index": "src/node/index.ts",
    "cli/main": "src/cli/main.ts",
    "node/care-job-worker": "src/node/care-job-worker.ts",
  },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", "node/index": "src/node/index.ts" } },
  target: "node20",
  // esbuild rewrites every regex literal with \p{...} into `new RegExp(...)` for node20, which Node has
  // run natively since Node 10 (and Deno and current browsers do too): inside a function that built the
  // regex again on every call.
  esbuildOptions(options) {
    options.supported = { ...options.supported, "regexp-unicode-property-escapes": true };
    // @stdlib logs through `debug`, which an ESM bundle cannot load in Node and which reads DEBUG from the
    // environment: a silent logger stands in (scripts/silent-debug.cjs says why).
    options.alias = { ...options.alias, debug: "./scripts/silent-debug.cjs" };
  },
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // The first-name lists are data: inline them, so no runtime JSON import is needed (Node, Deno, browsers).
  // The t and normal distributions are hundreds of tiny CommonJS files: resolving and loading them took
  // ~0.7 s of every process and worker thread that imports carelens; bundled, they load with the chunk.
  noExternal: [/^@stdlib\//],
});
