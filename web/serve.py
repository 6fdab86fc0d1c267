#!/usr/bin/env python3
"""Serve the built playground (build/web/site) on 127.0.0.1 for `./dev serve`.

usage: serve.py SITE_DIR [PORT]   (PORT defaults to $PORT or 8000)

Plain http.server with the right MIME type for .wasm (browsers refuse to stream-compile
anything else) and no caching, so a rebuild shows up on reload.
"""
import functools
import http.server
import os
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".css": "text/css",
        ".html": "text/html",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, fmt, *args):
        sys.stderr.write("  %s\n" % (fmt % args))


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    site = os.path.abspath(sys.argv[1])
    port = int(sys.argv[2]) if len(sys.argv) > 2 else int(os.environ.get("PORT", "8000"))
    if not os.path.isfile(os.path.join(site, "index.html")):
        print(f"serve.py: no index.html in {site}: build the web target first", file=sys.stderr)
        return 1
    handler = functools.partial(Handler, directory=site)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Loopscope is running at http://127.0.0.1:{port}/  (Ctrl+C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
