#!/usr/bin/env python3
"""Desktop smoke test: runs the native loopscope_app under Xvfb with --screenshot, checks the
frame is not blank or uniform, and saves it as tests/browser/output/desktop.png.

usage: desktop_smoke.py PATH/TO/loopscope_app [OUT_DIR]
"""
import os
import struct
import subprocess
import sys
import tempfile
import zlib


def read_ppm(path):
    with open(path, "rb") as f:
        data = f.read()
    parts = data.split(b"\n", 3)  # P6, "w h", 255, pixels (as written by main.cpp)
    if parts[0] != b"P6":
        raise ValueError("not a binary PPM")
    width, height = map(int, parts[1].split())
    return width, height, parts[3]


def write_png(path, width, height, rgb):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    stride = width * 3
    raw = b"".join(b"\x00" + rgb[y * stride : (y + 1) * stride] for y in range(height))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def main():
    app = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "output")
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ppm = os.path.join(tmp, "desktop.ppm")
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", app, "--screenshot", ppm]
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if run.returncode != 0 or not os.path.exists(ppm):
            print(f"FAIL  desktop app ran (exit {run.returncode})\n{run.stdout}{run.stderr}")
            return 1
        width, height, rgb = read_ppm(ppm)
    png = os.path.join(out_dir, "desktop.png")
    write_png(png, width, height, rgb)
    # Luminance spread and color count over a sample of pixels.
    lum = []
    colors = set()
    for i in range(0, width * height, 7):
        r, g, b = rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]
        lum.append(0.2126 * r + 0.7152 * g + 0.0722 * b)
        colors.add((r, g, b))
    mean = sum(lum) / len(lum)
    stddev = (sum((x - mean) ** 2 for x in lum) / len(lum)) ** 0.5
    ok = width == 1280 and height == 800 and stddev > 6 and len(colors) > 64
    print(f"{'PASS' if ok else 'FAIL'}  desktop frame {width}x{height}: stddev {stddev:.1f}, "
          f"{len(colors)} colors -> {png}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
