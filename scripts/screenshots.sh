#!/usr/bin/env bash
# Refreshes docs/screenshots/ from the browser tests: the tests save a screenshot of each main page they visit
# (1366x768, synthetic corpus) into the folder named by ARIADNE_SCREENSHOTS.
set -euo pipefail
cd "$(dirname "$0")/.."
export ARIADNE_SCREENSHOTS="$PWD/docs/screenshots"
mkdir -p "$ARIADNE_SCREENSHOTS"
dotnet test tests/Ariadne.Web.BrowserTests
echo "screenshots written to $ARIADNE_SCREENSHOTS"
