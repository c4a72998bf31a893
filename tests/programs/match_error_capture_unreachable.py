# the compiler rejects a pattern: capture unreachable
match x:
    case y: pass
    case 1: pass
