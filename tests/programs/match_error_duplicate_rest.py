# the compiler rejects a pattern: duplicate rest
match x:
    case {"a": y, **y}: pass
