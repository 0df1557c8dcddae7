#!/usr/bin/env bash
# Builds the release web app into dist/ (relative URLs: works from any static host and sub-path).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline "$@"
