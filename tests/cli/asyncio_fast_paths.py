# The CLI has asyncio's untraced fast paths natively and in wasm (runtime/asyncio/fast_paths.h:
# the wasm CLI compiles its own copies of their files, cmake/LoopscopeCli.cmake); only the page's
# wasm leaves them out. Their outputs match the Python paths', so no golden can tell: this asks.
import _asyncio

print("fast paths:", [hasattr(_asyncio, name) for name in ("_fast_locks", "_fast_gather", "_fast_queues")])
