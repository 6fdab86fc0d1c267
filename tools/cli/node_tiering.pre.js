// Prepended to the wasm CLI (loopscope.js, cmake/LoopscopeCli.cmake): V8's tiering for this
// process, set before the module is compiled. V8 compiles every wasm function with Liftoff and
// recompiles one with TurboFan (on a background thread, ~1 ms of CPU per KB of wasm) once it
// has run about --wasm-tiering-budget bytes of code. Node's default (1.8 M) sent ~300
// functions of a short asyncio program to TurboFan (0.2 s of CPU against 0.04 s of running
// natively): with 30 M only the really hot ones go (run_frame, the loop driver, malloc), and
// long programs lose nothing measurable (tools/bench/README.md, issue 17, wasm13).
if (typeof require === "function") {
  try {
    require("v8").setFlagsFromString("--wasm-tiering-budget=30000000");
  } catch (e) {
    // an embedding without node's v8 module keeps V8's defaults
  }
}
