match x:
    case (_ | 1) | 2: pass
