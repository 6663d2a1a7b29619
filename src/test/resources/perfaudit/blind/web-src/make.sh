#!/bin/sh
# Writes t01-t05 (round 19, web pages) into the blind folder. The pages are the fixtures; rerun only to remake them.
cd "$(dirname "$0")" && python3 make_t.py ..
