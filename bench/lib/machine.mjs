// A description of the machine a benchmark ran on, for the results and BENCHMARKS.md.
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export function machine(root) {
  const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    astro: version('astro'),
  };
}
