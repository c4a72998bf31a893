# print(file=sys.stderr) writes to standard error; sys.stdout.write returns a count.
import sys

print("to stdout")
print("to stderr", file=sys.stderr)
count = sys.stdout.write("written directly\n")
print(count)
sys.stderr.write("direct stderr\n")
print("a", "b", sep="-", file=sys.stderr)
print("done")
