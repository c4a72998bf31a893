# Exception messages that include reprs of non-ASCII and quote characters.
for key in ["naïve", "it's", 'say "x"', ("t", 1), 3.5]:
    try:
        {}[key]
    except KeyError as error:
        print(error)
try:
    int("٣x")
except ValueError as error:
    print(error)
print(int("٣"), float("١.٥"))
