// Runs tsc in this process and, as it exits, writes the CPU time it used to standard error
// (`cpu-ms <n>`): CPU time varies less than wall time on a busy machine.
const started = process.cpuUsage();
process.on("exit", () => {
  const { user, system } = process.cpuUsage(started);
  process.stderr.write(`cpu-ms ${(user + system) / 1000}\n`);
});
require(process.env.SAILKIT_TSC);
