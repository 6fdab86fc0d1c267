// Runs one Python program under Pyodide (CPython 3.11 compiled to wasm) in node, as the
// browser peer of tools/bench/lang_bench.py:
//
//     node run.mjs PROGRAM.py
//
// The program's stdout and stderr are the process's own. On exit it writes one line to
// stderr, "pyodide-cpu-ms: LOAD RUN", the CPU milliseconds (user + system of this process)
// spent loading Pyodide and running the program, so the benchmark can time the program alone.
// An asyncio program's `asyncio.run(main())` runs on a plain selector event loop (see below),
// set up in RUN (it imports asyncio, as the program itself would) and only for a program
// whose text names asyncio.
import { readFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node run.mjs PROGRAM.py\n");
  process.exit(2);
}
const source = readFileSync(file, "utf8");
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const t0 = cpuMs();
const { loadPyodide } = await import(join(here, "node_modules", "pyodide", "pyodide.mjs"));
const py = await loadPyodide({ indexURL: join(here, "node_modules", "pyodide") + "/" });
// Synchronous writes: the buffer is a view of wasm memory, reused after the call.
const write = (fd) => ({ write: (buf) => writeSync(fd, buf) });
py.setStdout(write(1));
py.setStderr(write(2));
const t1 = cpuMs();
// Pyodide installs its browser event loop (WebLoop, driven by setTimeout) and marks it running,
// so `asyncio.run` would refuse, and CPython's selector loop cannot start (no socketpair in
// wasm). To run the same file unchanged, asyncio.run gets CPython's own BaseEventLoop (its
// ready queue, timers and run_once) with a selector that never waits: when nothing is ready it
// moves a virtual clock to the next timer, as Loopscope's loop does. No I/O is ever polled.
const PREPARE = `
import asyncio, asyncio.base_events, asyncio.events

class _NoWaitSelector:
    def __init__(self, loop):
        self._loop = loop
    def select(self, timeout=None):
        if timeout:
            self._loop._virtual_now += timeout
        return []
    def close(self):
        pass

class _VirtualClockLoop(asyncio.base_events.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._virtual_now = 0.0
        self._selector = _NoWaitSelector(self)
    def time(self):
        return self._virtual_now
    def _process_events(self, event_list):
        pass
    def _write_to_self(self):
        pass

class _Policy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = _VirtualClockLoop

asyncio.set_event_loop_policy(_Policy())
asyncio.events._set_running_loop(None)

`;
let status = 0;
try {
  // Only a program that uses asyncio gets the loop (and pays its import in RUN, as under
  // Loopscope): the others never import it.
  if (/\basyncio\b/.test(source)) py.runPython(PREPARE, { globals: py.globals.get("dict")() });
  py.runPython(source, { filename: file });
} catch (e) {
  process.stderr.write(String(e.message || e) + "\n");
  status = 1;
}
try {
  py.runPython("import sys; sys.stdout.flush(); sys.stderr.flush()");
} catch (e) {}
const t2 = cpuMs();
process.stderr.write(`pyodide-cpu-ms: ${(t1 - t0).toFixed(1)} ${(t2 - t1).toFixed(1)}\n`);
process.exitCode = status;
