// Benchmark helper: describes the machine and tool versions, so recorded numbers can be compared.
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { versionOf } from './measure.mjs';

export function describeMachine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    /** 1-minute load average when the run started: other work on the machine skews the numbers. */
    load: Math.round(loadavg()[0] * 100) / 100,
    pandoc: versionOf('pandoc'),
    pdflatex: versionOf('pdflatex'),
  };
}
