match x:
    case {1: a, **_}: pass
