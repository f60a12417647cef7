#!/bin/sh
# Stands in for a check whose tool is not installed: says which, and skips.
echo "SKIP: $* is not installed (build-aux/test installs it)"
exit 77
