#!/usr/bin/env bash
# Lists hand-written TypeScript lines over 100 columns (the style limit).
git ls-files --cached --others --exclude-standard '*.ts' | grep -v '/generated/' |
  xargs awk 'length > 100 { print FILENAME ":" FNR ": " length }'
