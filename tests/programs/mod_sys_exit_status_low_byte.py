# An int exit code is kept modulo 256 by the system: sys.exit(256) exits 0.
import sys

for code in (256, -1, 2**40 + 3, 2**100, True):
    try:
        sys.exit(code)
    except SystemExit as error:
        print("would exit with", error.code)
sys.exit(256)
