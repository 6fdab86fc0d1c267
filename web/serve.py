#!/usr/bin/env python3
"""Serve the built playground (build/web/site) on 127.0.0.1 for `./dev serve`.

usage: serve.py SITE_DIR [PORT]   (PORT defaults to $PORT or 8000)

Serves the folder as a static host should (see build/web/site/DEPLOY.md): .wasm as
application/wasm (browsers refuse to compile anything else while it downloads), and the
precompressed NAME.br / NAME.gz the site builder writes in place of NAME when the browser
accepts them. Nothing is cached, so a rebuild shows up on reload.
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
        ".json": "application/json",
        ".md": "text/markdown; charset=utf-8",
    }

    def send_head(self):
        # A precompressed copy when the browser takes it (Content-Encoding), else the file.
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        accepted = self.headers.get("Accept-Encoding", "")
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            if encoding in accepted and os.path.isfile(path + suffix) and os.path.isfile(path):
                try:
                    f = open(path + suffix, "rb")
                except OSError:
                    break
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Vary", "Accept-Encoding")
                self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
                self.end_headers()
                return f
        return super().send_head()

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
