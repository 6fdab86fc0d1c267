#!/usr/bin/env bash
# Bootstrap a fresh Debian 12 machine for Loopscope: system packages, the Dear ImGui and
# SDL2 sources (Debian source packages, see ../shared/spec/TOOLCHAIN.md), a wasm build of
# SDL2, the include shim for wasm, and the npm packages of the browser tests.
# Idempotent: a second run only checks and takes a few seconds. Everything third-party lands in
# .deps/ (ignored by git). Run as root or as a user with sudo.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS="$ROOT/.deps"
IMGUI_VERSION=1.86
SDL2_VERSION=2.26.5

# Debian packages the build, the tests and the page need.
APT_PACKAGES=(cmake g++ ninja-build make emscripten dpkg-dev nlohmann-json3-dev catch2 libsdl2-dev
  chromium python3 fonts-inter fonts-jetbrains-mono xz-utils xvfb python3-fonttools brotli zopfli
  node-terser)

step() { printf '\033[1;34m[bootstrap]\033[0m %s\n' "$*"; }
note() { printf '            %s\n' "$*"; }
fail() {
  printf '\033[1;31m[bootstrap] FAILED:\033[0m %s\n' "$*" >&2
  exit 1
}
trap 'fail "command failed (line $LINENO): $BASH_COMMAND"' ERR

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  SUDO=()
fi
as_root() {
  if [ "$(id -u)" -ne 0 ] && [ ${#SUDO[@]} -eq 0 ]; then
    fail "need root for: $*  (run as root or install sudo)"
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive "$@"
}

APT_UPDATED=0
apt_update() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    note "apt-get update"
    as_root apt-get update -q >/dev/null || fail "apt-get update failed"
    APT_UPDATED=1
  fi
}

# --- 1. deb-src, so that `apt-get source` finds imgui and libsdl2 ----------------------------
step "1/6 checking deb-src entries"
SOURCES=/etc/apt/sources.list.d/debian.sources
if [ -f "$SOURCES" ]; then
  if grep -Eq '^Types:.*\bdeb-src\b' "$SOURCES"; then
    note "deb-src already enabled in $SOURCES"
  else
    note "adding deb-src to the Types: lines of $SOURCES"
    as_root sed -i -E '/^Types:/{/deb-src/!s/$/ deb-src/}' "$SOURCES"
    APT_UPDATED=0
    apt_update
  fi
elif [ -f /etc/apt/sources.list ] && ! grep -Eq '^deb-src ' /etc/apt/sources.list; then
  note "adding deb-src lines to /etc/apt/sources.list"
  grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | as_root tee -a /etc/apt/sources.list >/dev/null
  apt_update
else
  note "deb-src already enabled"
fi

# --- 2. system packages ------------------------------------------------------------------------
step "2/6 checking Debian packages"
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# node/npm may come from elsewhere (e.g. nodesource); only install Debian's when absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  note "installing: ${missing[*]}"
  apt_update
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}" || fail "apt-get install ${missing[*]} failed"
else
  note "all ${#APT_PACKAGES[@]} packages present"
fi

# --- 3. Dear ImGui and SDL2 sources ------------------------------------------------------------
step "3/6 checking Dear ImGui $IMGUI_VERSION and SDL2 $SDL2_VERSION sources in .deps/"
mkdir -p "$DEPS/downloads"
IMGUI_DIR="$DEPS/imgui-$IMGUI_VERSION"
SDL2_DIR="$DEPS/SDL2-$SDL2_VERSION"
if [ ! -f "$IMGUI_DIR/imgui.h" ] || [ ! -f "$SDL2_DIR/CMakeLists.txt" ]; then
  if ! ls "$DEPS"/downloads/imgui_${IMGUI_VERSION}*.orig.tar.* >/dev/null 2>&1 ||
    ! ls "$DEPS"/downloads/libsdl2_${SDL2_VERSION}*.orig.tar.* >/dev/null 2>&1; then
    note "apt-get source --download-only imgui libsdl2"
    (cd "$DEPS/downloads" && apt-get source -q --download-only imgui libsdl2 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
  fi
  imgui_tar=$(ls "$DEPS"/downloads/imgui_${IMGUI_VERSION}*.orig.tar.* 2>/dev/null | head -1)
  sdl_tar=$(ls "$DEPS"/downloads/libsdl2_${SDL2_VERSION}*.orig.tar.* 2>/dev/null | head -1)
  [ -n "$imgui_tar" ] || fail "imgui $IMGUI_VERSION source not downloaded (is deb-src enabled? apt-get update?)"
  [ -n "$sdl_tar" ] || fail "libsdl2 $SDL2_VERSION source not downloaded (is deb-src enabled? apt-get update?)"
  for pair in "$imgui_tar:$IMGUI_DIR" "$sdl_tar:$SDL2_DIR"; do
    tar_file="${pair%%:*}"
    dest="${pair#*:}"
    note "unpacking $(basename "$tar_file") -> .deps/$(basename "$dest")"
    rm -rf "$dest" && mkdir -p "$dest"
    tar -xf "$tar_file" -C "$dest" --strip-components=1 || fail "could not unpack $tar_file"
  done
  [ -f "$IMGUI_DIR/backends/imgui_impl_sdl.cpp" ] || fail "imgui source has no SDL backend"
else
  note "already unpacked"
fi

# --- 4. include shim for wasm: only the header-only libraries, never /usr/include -------------
step "4/6 checking the wasm include shim .deps/wasm-include"
SHIM="$DEPS/wasm-include"
mkdir -p "$SHIM"
for lib in nlohmann catch2; do
  [ -d "/usr/include/$lib" ] || fail "/usr/include/$lib missing (package not installed?)"
  ln -sfn "/usr/include/$lib" "$SHIM/$lib"
done

# --- 5. SDL2 built for wasm (Emscripten ports are frozen on Debian) ---------------------------
step "5/6 checking SDL2 for wasm in .deps/sdl2-wasm"
SDL_WASM="$DEPS/sdl2-wasm"
SDL_STAMP="$SDL_WASM/install/.built-$SDL2_VERSION"
export NODE_PATH=/usr/share/nodejs
if [ ! -f "$SDL_STAMP" ]; then
  note "configuring (about 2 minutes on 2 cores, once)"
  rm -rf "$SDL_WASM"
  mkdir -p "$SDL_WASM/build"
  generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  emcmake cmake -S "$SDL2_DIR" -B "$SDL_WASM/build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$SDL_WASM/install" \
    >"$DEPS/sdl2-wasm-configure.log" 2>&1 || fail "SDL2 wasm configure failed, see .deps/sdl2-wasm-configure.log"
  note "building"
  cmake --build "$SDL_WASM/build" -j2 >"$DEPS/sdl2-wasm-build.log" 2>&1 ||
    fail "SDL2 wasm build failed, see .deps/sdl2-wasm-build.log"
  cmake --install "$SDL_WASM/build" >>"$DEPS/sdl2-wasm-build.log" 2>&1 || fail "SDL2 wasm install failed"
  touch "$SDL_STAMP"
  note "built $SDL_WASM/install/lib/libSDL2.a"
else
  note "already built"
fi

# --- 6. npm packages of the browser tests (pinned in package-lock.json) -----------------------
step "6/6 checking npm packages (playwright-core)"
NPM_STAMP="$ROOT/node_modules/.loopscope-lock"
if [ ! -f "$NPM_STAMP" ] || ! cmp -s "$ROOT/package-lock.json" "$NPM_STAMP"; then
  note "npm ci"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed"
  cp "$ROOT/package-lock.json" "$NPM_STAMP"
else
  note "node_modules matches package-lock.json"
fi

step "ready"
