// Benchmark helper: describes the machine and tool versions, so recorded numbers can be compared.
import { availableParallelism, cpus, totalmem } from 'node:os';
import { versionOf } from './measure.mjs';

export function describeMachine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    pandoc: versionOf('pandoc'),
    pdflatex: versionOf('pdflatex'),
  };
}
