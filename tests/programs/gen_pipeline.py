# A pipeline of generators: read, filter, transform, and take.
def read(lines):
    for line in lines:
        yield line


def non_empty(lines):
    return (line for line in lines if line.strip())


def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}: {line.strip()}"


data = ["alpha", "", "  beta ", "   ", "gamma"]
for row in numbered(non_empty(read(data))):
    print(row)
