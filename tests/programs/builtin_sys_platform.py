# sys.platform names the operating system, as programs check before choosing paths.
import sys

if sys.platform.startswith("linux"):
    print("running on Linux")
elif sys.platform == "win32":
    print("running on Windows")
else:
    print("running elsewhere")
print(type(sys.platform).__name__)
