# the compiler rejects a pattern: or capture unreachable
match x:
    case y | 1: pass
