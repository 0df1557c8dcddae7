# Sourced by the scripts: puts cargo-installed tools and npm's binaries (wasm-opt 132 first) on PATH.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
# rustc has been seen to overflow its stack compiling js-sys for wasm on these machines: give it room.
export RUST_MIN_STACK="${RUST_MIN_STACK:-16777216}"
