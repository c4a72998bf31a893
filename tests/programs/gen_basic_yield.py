# A generator function yields values lazily and resumes where it left off.
def numbers():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("end")


g = numbers()
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print(list(numbers()))
