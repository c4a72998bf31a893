# sys.exit with a code ends the program with that exit status and no traceback.
import sys

print("before exit")
try:
    sys.exit(0)
except SystemExit as error:
    print("caught SystemExit", error.code)
sys.exit(3)
print("never printed")
