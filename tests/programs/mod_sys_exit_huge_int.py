# An exit code too big for a C long becomes -1, so the status is 255.
import sys

sys.exit(2**100)
