#!/usr/bin/env bash
# Installs every tool Periodize's build and tests need, from the package registries only.
# Idempotent: a tool already at the right version is not reinstalled.
#   scripts/setup.sh            build tools: wasm32 target, Trunk, wasm-bindgen CLI, npm packages (wasm-opt)
#   scripts/setup.sh --browser  also Chromium + ChromeDriver (Debian) for the browser and end-to-end tests
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
log() { printf '[setup] %s\n' "$*" >&2; }

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  log "installing Trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked
fi

# The wasm-bindgen CLI must be exactly the library version Cargo.lock resolved.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$wb_version\"" Trunk.toml; then
  log "Trunk.toml's [tools] wasm_bindgen does not match Cargo.lock's wasm-bindgen $wb_version: fix Trunk.toml"
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb_version" ||
  ! command -v wasm-bindgen-test-runner >/dev/null; then
  log "installing wasm-bindgen-cli $wb_version"
  # No --locked: the registry lacks a version its lock file pins (see ../shared/notes/toolchain.md).
  cargo install wasm-bindgen-cli --version "=$wb_version" --force
fi

# wasm-opt 132 (binaryen from npm), Playwright's driver and ical.js. Debian's wasm-opt 108 corrupts builds.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
if ! wasm-opt --version | grep -q 'version_132'; then
  log "wasm-opt on PATH is not binaryen 132: $(command -v wasm-opt)"
  exit 1
fi

if $want_browser && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  log "installing Chromium and ChromeDriver from Debian"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi
log "tools ready"
