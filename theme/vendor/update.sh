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
# The share images' font (Inter Bold, SIL Open Font License 1.1): read by the build, never published.
fonts=../fonts
mkdir -p "$fonts"
cp "$work/node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf" "$fonts/share.ttf"
cp "$work/node_modules/@expo-google-fonts/inter/LICENSE_FONT" "$fonts/LICENSE.txt"
echo "copied @waline/client $(node -p "require('$work/node_modules/@waline/client/package.json').version") to theme/assets/vendor/waline/, and Inter Bold to theme/fonts/share.ttf"
