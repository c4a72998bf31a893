# the compiler rejects a pattern: or wildcard unreachable
match x:
    case (_ | 1) | 2: pass
