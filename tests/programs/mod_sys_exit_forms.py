# sys.exit's status: 256 wraps to 0 in the operating system, None is success
import sys
for code in (256, -1, None, "text", (1, 2)):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e), e.code)
sys.exit(256)
