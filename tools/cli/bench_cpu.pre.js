// Prepended to the wasm CLI (loopscope.js, cmake/LoopscopeCli.cmake): the process's CPU when
// loopscope.js begins, before the module is compiled, so that `run` under LOOPSCOPE_BENCH_CPU
// (tools/cli/main.cpp) reports its load from here on, as tools/bench/pyodide/run.mjs measures
// Pyodide's load from its own first line (node's start is in neither).
if (typeof process === "object" && process.cpuUsage) globalThis.loopscopeCpuStart = process.cpuUsage();
