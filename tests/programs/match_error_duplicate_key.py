# the compiler rejects a pattern: duplicate key
match x:
    case {1: a, True: b}: pass
