# the compiler rejects a pattern: wildcard unreachable
match x:
    case _: pass
    case 1: pass
