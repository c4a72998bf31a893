# sys.exit(-1) exits with status 255, the low byte of -1.
import sys

print("exiting")
sys.exit(-1)
