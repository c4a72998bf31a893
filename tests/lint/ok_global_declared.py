calls = 0

def record():
    global calls
    calls += 1
    return calls

record()
print(record())
