# Common TypeError messages from operators and calls.
def attempt(label, thunk):
    try:
        thunk()
    except TypeError as error:
        print(label, "->", error)


def two(a, b):
    return a + b


attempt("str+int", lambda: "a" + 1)
attempt("int+str", lambda: 1 + "a")
attempt("list*list", lambda: [1] * [2])
attempt("call int", lambda: 5())
attempt("missing arg", lambda: two(1))
attempt("extra arg", lambda: two(1, 2, 3))
attempt("bad kw", lambda: two(1, c=2))
attempt("dup kw", lambda: two(1, a=2))
attempt("len int", lambda: len(5))
attempt("subscript", lambda: None[0])
attempt("unhashable", lambda: {[1]: 2})
attempt("not iterable", lambda: list(7))
attempt("neg str", lambda: -"x")
attempt("compare", lambda: 1 < "x")
attempt("index type", lambda: [1, 2]["0"])
