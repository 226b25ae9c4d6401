#!/usr/bin/env bash
# Renders assets/icon.svg into the PNG sizes the manifest declares, with Chromium (headless).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 32 64 80 128; do
  printf '<!doctype html><style>html,body{margin:0;background:transparent}img{display:block;width:%spx;height:%spx}</style><img src="file://%s/icon.svg">' \
    "$size" "$size" "$PWD" >"$work/icon-$size.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$size,$size" --screenshot="$PWD/icon-$size.png" "file://$work/icon-$size.html" >/dev/null 2>&1
done
