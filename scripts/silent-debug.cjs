// The `debug` logger inside carelens's bundle (tsup.config.ts aliases it here). carelens bundles the @stdlib
// distributions it uses; one of them (the incomplete-gamma inverse behind the t quantile) logs rare numeric
// warnings through `debug`, whose Node build requires tty, util, fs and net (impossible in an ESM bundle)
// and whose every build reads the DEBUG environment variable (a permission prompt in Deno). Its loggers
// are silent unless DEBUG names them; here they are always silent.
module.exports = function logger() {
  function log() {}
  log.enabled = false;
  return log;
};
