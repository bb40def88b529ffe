#!/usr/bin/env bash
# Copies the browser files of the pinned npm packages into theme/assets/vendor/, so that the site serves them
# itself (no CDN). Run after changing a version in package.json; commit package-lock.json and the copied files.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp package.json package-lock.json "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
dist="$work/node_modules/@waline/client/dist"
target=../assets/vendor/waline
mkdir -p "$target"
cp "$dist/waline.js" "$dist/waline.css" "$target/"
cp "$work/node_modules/@waline/client/LICENSE" "$target/LICENSE.txt"
# The share images' font (Open Sans Bold, Apache License 2.0; the package ships no licence file, so Debian's copy of
# the licence text is written beside it): read by the build, never published.
fonts=../fonts
mkdir -p "$fonts"
cp "$work/node_modules/open-sans-fontface/fonts/Bold/OpenSans-Bold.ttf" "$fonts/share.ttf"
{ echo "Open Sans Bold, by Steve Matteson (Google), from the npm package open-sans-fontface $(node -p "require('$work/node_modules/open-sans-fontface/package.json').version")."; echo "Licensed under the Apache License, Version 2.0:"; echo; cat /usr/share/common-licenses/Apache-2.0; } > "$fonts/LICENSE.txt"
echo "copied @waline/client $(node -p "require('$work/node_modules/@waline/client/package.json').version") to theme/assets/vendor/waline/, and Open Sans Bold to theme/fonts/share.ttf"
